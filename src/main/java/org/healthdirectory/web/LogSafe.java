package org.healthdirectory.web;

import jakarta.ws.rs.core.UriInfo;

/**
 * Request paths as they may go into a log: still percent-encoded, and any control character escaped,
 * so a path with CR, LF or NUL in it cannot forge or break log lines.
 */
public final class LogSafe {

    private LogSafe() {}

    public static String path(UriInfo uri) {
        return escape(uri.getRequestUri().getRawPath());
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                safe.append(String.format("%%%02X", c));
            } else {
                safe.append((char) c);
            }
        });
        return safe.toString();
    }
}
