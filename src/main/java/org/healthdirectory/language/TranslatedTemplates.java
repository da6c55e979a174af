package org.healthdirectory.language;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Sets every template's locale to the reader's chosen language, so {msg:...} messages follow it without
 * each page resource having to. Outside a request (scheduled mail) templates stay in English.
 */
@Singleton
public class TranslatedTemplates implements TemplateInstance.Initializer {

    private final ChosenLanguage language;

    TranslatedTemplates(ChosenLanguage language) {
        this.language = language;
    }

    /** Quarkus hands out the engine builder once, at start-up: every template instance passes through here. */
    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(language.current().locale());
        } else {
            instance.setLocale(Language.ENGLISH.locale());
        }
    }
}
