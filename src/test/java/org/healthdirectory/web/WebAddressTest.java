package org.healthdirectory.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for a web address typed into a form: the feed to import and the calendar to read. */
@Tag("unit")
class WebAddressTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/feed.json",
                "http://127.0.0.1:8081/api/v1/services",
                "HTTPS://calendar.example.org/club.ics?key=a%20b"
            })
    void takesAWebAddressWithAHost(String typed) {
        assertTrue(WebAddress.readable(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "example.org/feed",
                "ftp://example.org/feed",
                "https://",
                "https:///path",
                "https://exa mple.org",
                "javascript:alert(1)",
                ""
            })
    void refusesWhatCannotBeFetched(String typed) {
        assertFalse(WebAddress.readable(typed));
    }

    @Test
    void refusesAnAddressLongerThan500Characters() {
        assertFalse(WebAddress.readable("https://example.org/" + "a".repeat(481)));
        assertTrue(WebAddress.readable("https://example.org/" + "a".repeat(480)));
    }
}
