package org.healthdirectory.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Built front-end files have a content hash in their name, so a changed file gets a new address: browsers
 * may keep each one for a year without asking again. Set when the headers go out, after the static file
 * handler has set its own one-day default.
 */
@ApplicationScoped
public class AssetCaching {

    static final String FOREVER = "public, max-age=31536000, immutable";

    void addHeader(@Observes Router router) {
        router.route(Assets.PREFIX + "*").order(-100).handler(context -> {
            context.addHeadersEndHandler(v -> {
                if (context.response().getStatusCode() == 200) {
                    context.response().headers().set("Cache-Control", FOREVER);
                }
            });
            context.next();
        });
    }
}
