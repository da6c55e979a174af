package org.healthdirectory.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What the shared layout needs to know about the page being drawn: staff console pages get the console's
 * own header (no public search box, no "Your list"), without every console template having to say so.
 */
@RequestScoped
@Named("currentPage")
public class CurrentPage {

    private final HttpServerRequest request;

    CurrentPage(HttpServerRequest request) {
        this.request = request;
    }

    /** The address of this page without the query, for the printed footer ("where to find this again"). */
    public String path() {
        return request.path();
    }

    public boolean isConsole() {
        String path = request.path();
        return path != null && (path.equals("/console") || path.startsWith("/console/"));
    }
}
