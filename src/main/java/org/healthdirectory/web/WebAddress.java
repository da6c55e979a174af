package org.healthdirectory.web;

import java.net.URI;
import java.util.Locale;

/**
 * A web address typed into a form (a feed to import, a calendar to read): one rule for every form, so
 * an address one form takes is one the others take too. Whether it may be fetched (not a private
 * address) is decided when it is fetched, by the reader.
 */
public final class WebAddress {

    private static final int MAX_LENGTH = 500;

    private WebAddress() {}

    /** http or https, with a host, no spaces, up to 500 characters. */
    public static boolean readable(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://"))
                || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            return URI.create(text).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
