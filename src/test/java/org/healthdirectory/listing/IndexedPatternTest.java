package org.healthdirectory.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The first session's pattern goes into the search index and comes back for a result card to say it in
 * the reader's language: it must come back exactly as it went in.
 */
@Tag("unit")
class IndexedPatternTest {

    static List<SessionPattern> patterns() {
        return List.of(
                SessionPattern.weekly(List.of(DayOfWeek.WEDNESDAY), LocalTime.of(10, 0), LocalTime.of(11, 30)),
                SessionPattern.everyWeeks(
                                2, LocalDate.of(2026, 1, 6), List.of(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY), null, null)
                        .termTimeOnly(true)
                        .withCancelled(List.of(LocalDate.of(2026, 2, 17))),
                SessionPattern.monthlyOnWeekday(-1, DayOfWeek.FRIDAY, LocalTime.of(14, 0), null)
                        .skippingBankHolidays(true),
                SessionPattern.monthlyOnDay(15, null, null)
                        .between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30)),
                SessionPattern.onDates(List.of(LocalDate.of(2026, 5, 2)), LocalTime.of(9, 15), LocalTime.of(12, 0)),
                SessionPattern.byAppointment());
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void aPatternComesBackFromTheIndexAsItWentIn(SessionPattern pattern) {
        assertEquals(pattern, UpcomingSessionsBinder.readPattern(UpcomingSessionsBinder.writePattern(pattern)));
    }

    @org.junit.jupiter.api.Test
    void aListingWithoutSessionsHasNoPattern() {
        assertNull(UpcomingSessionsBinder.readPattern(null));
    }
}
