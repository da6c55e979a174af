package org.healthdirectory.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class LinkLifetimesTest {

    @Test
    void lifetimesReadAsPeopleSayThem() {
        assertEquals("1 hour", LinkLifetimes.inWords(Duration.ofHours(1)));
        assertEquals("48 hours", LinkLifetimes.inWords(Duration.ofHours(48)));
        assertEquals("30 days", LinkLifetimes.inWords(Duration.ofDays(30)));
        assertEquals("30 minutes", LinkLifetimes.inWords(Duration.ofMinutes(30)));
    }
}
