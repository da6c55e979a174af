package org.healthdirectory.language;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The messages in a given language, for the few places that show a language other than the page's. */
public final class Translations {

    private Translations() {}

    public static Messages messages(Language language) {
        return language.isEnglish()
                ? MessageBundles.get(Messages.class)
                : MessageBundles.get(Messages.class, Localized.Literal.of(language.code()));
    }

    public static MoreMessages more(Language language) {
        return language.isEnglish()
                ? MessageBundles.get(MoreMessages.class)
                : MessageBundles.get(MoreMessages.class, Localized.Literal.of(language.code()));
    }
}
