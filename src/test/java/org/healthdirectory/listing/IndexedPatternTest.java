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
 * The first session's pattern and the coming times go into the search index and come back for a result
 * card to say when the next session is, in the reader's language: they must come back exactly as they
 * went in.
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
        assertEquals(List.of(), UpcomingSessionsBinder.readTimes(null));
    }

    @org.junit.jupiter.api.Test
    void theComingTimesComeBackInUkTimeAcrossTheClockChange() {
        // 24 to 26 October 2026: British Summer Time ends on the 25th.
        List<Occurrence> times = List.of(
                occurrence(LocalDate.of(2026, 10, 24), LocalTime.of(10, 0), LocalTime.of(11, 30)),
                new Occurrence(LocalDate.of(2026, 10, 25), null, null),
                occurrence(LocalDate.of(2026, 10, 26), LocalTime.of(22, 0), LocalTime.of(1, 0)));

        List<Occurrence> back = UpcomingSessionsBinder.readTimes(UpcomingSessionsBinder.writeTimes(times));

        assertEquals(times, back);
        assertEquals(LocalTime.of(10, 0), back.get(0).start().toLocalTime());
        assertEquals(LocalDate.of(2026, 10, 27), back.get(2).end().toLocalDate());
    }

    private static Occurrence occurrence(LocalDate date, LocalTime start, LocalTime end) {
        LocalDate endDate = end.isBefore(start) ? date.plusDays(1) : date;
        return new Occurrence(
                date,
                java.time.ZonedDateTime.of(date, start, UkTime.ZONE),
                java.time.ZonedDateTime.of(endDate, end, UkTime.ZONE));
    }
}
