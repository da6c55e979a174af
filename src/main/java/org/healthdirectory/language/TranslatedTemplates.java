package org.healthdirectory.language;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Sets every template's locale to the reader's chosen language, so {msg:...} messages follow it without
 * each page resource having to. Outside an HTTP request (scheduled mail, decisions' emails) templates stay in English.
 */
@Singleton
public class TranslatedTemplates implements TemplateInstance.Initializer {

    private final ChosenLanguage language;
    private final CurrentVertxRequest http;

    TranslatedTemplates(ChosenLanguage language, CurrentVertxRequest http) {
        this.language = language;
        this.http = http;
    }

    /** Quarkus hands out the engine builder once, at start-up: every template instance passes through here. */
    void register(@Observes EngineBuilder builder) {
        builder.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        // A request context without an HTTP request (a job, a test calling a service) has no reader.
        if (Arc.container().requestContext().isActive() && http.getCurrent() != null) {
            instance.setLocale(language.current().locale());
        } else {
            instance.setLocale(Language.ENGLISH.locale());
        }
    }
}
