package org.healthdirectory.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

/**
 * What a form page must show for bad input, as the one form pattern renders it: the status, the
 * message next to its field (the NHS.UK error message) and the same message in the error summary,
 * linked to the field.
 */
public final class FormPages {

    private FormPages() {}

    public static void assertErrorAt(HttpResponse<String> page, int status, String field, String message) {
        assertEquals(status, page.statusCode(), "status for a bad " + field + ": " + page.body());
        String shown = escaped(message);
        assertTrue(
                Pattern.compile("id=\"" + Pattern.quote(field)
                                + "-error\"><span class=\"nhsuk-u-visually-hidden\">[^<]*</span> "
                                + Pattern.quote(shown) + "</span>")
                        .matcher(page.body())
                        .find(),
                "\"" + message + "\" next to " + field + ": " + page.body());
        assertTrue(
                page.body().contains("<a href=\"#" + field + "\">" + shown + "</a>"),
                "\"" + message + "\" in the error summary, linked to " + field);
    }

    /** As Qute escapes text in a page. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
