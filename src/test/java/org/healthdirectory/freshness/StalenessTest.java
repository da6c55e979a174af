package org.healthdirectory.freshness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.healthdirectory.listing.UkTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class StalenessTest {

    private static Instant noonOn(LocalDate date) {
        return date.atTime(12, 0).atZone(UkTime.ZONE).toInstant();
    }

    @Test
    void aListingReachesSixMonthsOnTheSameDateSixMonthsLater() {
        Instant confirmed = noonOn(LocalDate.of(2026, 3, 10));
        assertFalse(Staleness.reached(confirmed, LocalDate.of(2026, 9, 9), 6));
        assertTrue(Staleness.reached(confirmed, LocalDate.of(2026, 9, 10), 6));
    }

    @Test
    void fromTheEndOfAMonthItCountsToTheEndOfTheShorterMonth() {
        Instant confirmed = noonOn(LocalDate.of(2026, 8, 31));
        assertFalse(Staleness.reached(confirmed, LocalDate.of(2027, 2, 27), 6));
        assertTrue(Staleness.reached(confirmed, LocalDate.of(2027, 2, 28), 6));
    }

    @Test
    void theSearchCutOffAgreesWithTheRuleEveryDayForTwoYears() {
        for (LocalDate today = LocalDate.of(2026, 1, 1);
                today.isBefore(LocalDate.of(2028, 1, 1));
                today = today.plusDays(1)) {
            for (LocalDate confirmed = today.minusMonths(14);
                    !confirmed.isAfter(today);
                    confirmed = confirmed.plusDays(1)) {
                for (int months : new int[] {6, 12}) {
                    Instant at = noonOn(confirmed);
                    LocalDate day = today;
                    assertEquals(
                            Staleness.reached(at, day, months),
                            at.isBefore(Staleness.freshSince(day, months)),
                            () -> "confirmed " + at + ", " + months + " months, today " + day);
                }
            }
        }
    }
}
