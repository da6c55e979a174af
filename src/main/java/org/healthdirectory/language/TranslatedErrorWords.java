package org.healthdirectory.language;

import jakarta.enterprise.context.ApplicationScoped;
import org.healthdirectory.web.ErrorWords;

/** The error pages' own sentences from the bundle of the reader's language. */
@ApplicationScoped
class TranslatedErrorWords implements ErrorWords {

    private final ReaderLanguage reader;

    TranslatedErrorWords(ReaderLanguage reader) {
        this.reader = reader;
    }

    private Messages msg() {
        return Translations.messages(reader.current());
    }

    @Override
    public String checkEntered() {
        return msg().errCheckEntered();
    }

    @Override
    public String notAllowed() {
        return msg().errNotAllowed();
    }

    @Override
    public String unreadableForm() {
        return msg().errUnreadableForm();
    }

    @Override
    public String controlCharacters() {
        return msg().errControlCharacters();
    }
}
