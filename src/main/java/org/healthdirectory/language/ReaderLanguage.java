package org.healthdirectory.language;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Singleton;

/**
 * The reader's language, wherever something asks for it: in an HTTP request the one they chose
 * ({@link ChosenLanguage}); anywhere else (a scheduled job, a decision's email, a test calling a service)
 * there is no reader, so English. The one place this is decided, for templates, bundles and content.
 */
@Singleton
public class ReaderLanguage {

    private final ChosenLanguage chosen;
    private final CurrentVertxRequest http;

    ReaderLanguage(ChosenLanguage chosen, CurrentVertxRequest http) {
        this.chosen = chosen;
        this.http = http;
    }

    public Language current() {
        // A request context without an HTTP request (a job, a test calling a service) has no reader.
        if (!Arc.container().requestContext().isActive() || http.getCurrent() == null) {
            return Language.ENGLISH;
        }
        try {
            return chosen.current();
        } catch (RuntimeException noReader) {
            // Error pages are drawn from wherever the error happened: an English page beats a second error.
            return Language.ENGLISH;
        }
    }
}
