package org.healthdirectory.language;

import jakarta.enterprise.context.ApplicationScoped;
import org.healthdirectory.content.PageLanguage;

/** Editorial pages follow the reader's language, as every other public page does. */
@ApplicationScoped
class ReadersPageLanguage implements PageLanguage {

    private final ReaderLanguage reader;

    ReadersPageLanguage(ReaderLanguage reader) {
        this.reader = reader;
    }

    @Override
    public String code() {
        return reader.current().code();
    }
}
