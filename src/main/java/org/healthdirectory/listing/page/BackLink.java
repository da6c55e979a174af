package org.healthdirectory.listing.page;

import java.util.regex.Pattern;

/**
 * The "Back" link on a listing page. Result cards pass their search's address (?back=/search?q=...), so
 * going back keeps the person's words, place, filters and page. Only our own search and browse addresses
 * are accepted: anything else (another site, "//host") falls back to a fresh search.
 */
public record BackLink(String href, String text) {

    private static final Pattern OUR_SEARCHES =
            Pattern.compile("^/(search|domains/[a-z0-9-]+(/[a-z0-9-]+)?)(\\?[A-Za-z0-9%&=+._~*'()!-]*)?$");

    static final BackLink NEW_SEARCH = new BackLink("/search", "Find an activity");

    public static BackLink from(String back) {
        if (back == null || back.length() > 2000 || !OUR_SEARCHES.matcher(back).matches()) {
            return NEW_SEARCH;
        }
        return new BackLink(back, "Back to your search results");
    }

    /** Whether this goes back to the person's own search (rather than to a fresh one). */
    public boolean toResults() {
        return !equals(NEW_SEARCH);
    }
}
