package org.healthdirectory.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Addresses the HTTP layer cannot even decode (a query like "?q=%zz") are refused before any resource
 * runs, with an empty 400 and no headers. This answers them like every other bad request: our own
 * page (or a JSON problem under /api and /openreferral) with the site's security headers.
 */
@ApplicationScoped
public class UnreadableAddresses {

    static final String MESSAGE = "The web address is not valid. Check it, or start again from the home page.";

    void answerWithOurOwnPage(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() == null
                    && context.statusCode() == 400
                    && !context.response().headWritten()) {
                String path = context.request().path() == null
                        ? "/"
                        : context.request().path();
                boolean api = ErrorPages.isApi(path);
                context.response()
                        .setStatusCode(400)
                        .putHeader("Content-Type", api ? "application/problem+json" : "text/html;charset=UTF-8")
                        .end(
                                api
                                        ? ErrorPages.problemJson(400, "Bad request", MESSAGE)
                                        : ErrorPages.badRequestPage(MESSAGE));
            } else {
                context.next();
            }
        });
    }
}
