package org.healthdirectory.signposting;

import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The visitor's shortlist for this request, for templates ({inject:shortlist...}): the header count
 * and the "Add to list" / "Remove from list" buttons on search results and listing pages.
 */
@RequestScoped
@Named("shortlist")
public class CurrentShortlist {

    static final String COOKIE = "directory_shortlist";
    static final String ADDED = "shortlisted";
    static final String REMOVED = "unshortlisted";

    private final HttpServerRequest request;
    private final Shortlists shortlists;
    private List<UUID> entries;
    private String returnTo;

    CurrentShortlist(HttpServerRequest request, Shortlists shortlists) {
        this.request = request;
        this.shortlists = shortlists;
    }

    public List<UUID> entries() {
        if (entries == null) {
            Cookie cookie = request.getCookie(COOKIE);
            // Pages rendered on an IO thread (rare error pages) show no count rather than block.
            entries = cookie == null || !BlockingOperationControl.isBlockingAllowed()
                    ? List.of()
                    : shortlists.entries(cookie.getValue());
        }
        return entries;
    }

    public int count() {
        return entries().size();
    }

    public boolean contains(UUID listingId) {
        return entries().contains(listingId);
    }

    /** True right after this listing was added, so its button can say so. */
    public boolean justAdded(UUID listingId) {
        return listingId.toString().equals(request.getParam(ADDED));
    }

    public boolean justRemoved(UUID listingId) {
        return listingId.toString().equals(request.getParam(REMOVED));
    }

    /**
     * This page's address without an earlier confirmation, for the buttons to come back to; worked out once
     * per request, as a results page has a button on every card.
     */
    public String returnTo() {
        if (returnTo == null) {
            returnTo = addressWithoutConfirmation();
        }
        return returnTo;
    }

    private String addressWithoutConfirmation() {
        String query = request.query() == null
                ? ""
                : Arrays.stream(request.query().split("&"))
                        .filter(p -> !p.startsWith(ADDED + "=") && !p.startsWith(REMOVED + "=") && !p.isEmpty())
                        .collect(Collectors.joining("&"));
        return request.path() + (query.isEmpty() ? "" : "?" + query);
    }
}
