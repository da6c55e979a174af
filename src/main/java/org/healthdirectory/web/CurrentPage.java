package org.healthdirectory.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * What the shared layout needs to know about the page being drawn: staff console pages get the console's
 * own header (no public search box, no "Your list"), without every console template having to say so; and
 * whether this is the not-found page, which anyone may reach at any address (so the language feature can
 * write it in the reader's language even where no page of ours is).
 */
@RequestScoped
@Named("currentPage")
public class CurrentPage {

    private final HttpServerRequest request;
    private boolean notFound;

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

    /** Says that the answer to this request is the not-found page. */
    public void answerNotFound() {
        notFound = true;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
