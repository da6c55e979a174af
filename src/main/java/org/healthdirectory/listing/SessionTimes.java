package org.healthdirectory.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A listing's sessions in words and dates, for pages, search results and calendars. One {@link NextDates}
 * with the school holidays from content/, so every page agrees on when a term-time session runs.
 */
public final class SessionTimes {

    public static final NextDates NEXT = new NextDates(SchoolHolidays.fromContent());

    private SessionTimes() {}

    /** The dates of the next {@code count} times the session runs, from {@code today} (UK date). */
    public static List<LocalDate> nextDates(Session session, LocalDate today, int count) {
        return NEXT.next(session.pattern(), today.atStartOfDay(UkTime.ZONE).toInstant(), count).stream()
                .map(Occurrence::date)
                .toList();
    }

    /**
     * A listing's next session from the upcoming times the search index holds (see
     * {@link UpcomingSessionsBinder}): the earliest one not over yet; empty when none is in the window.
     */
    public static Optional<Occurrence> nextOccurrence(List<Occurrence> upcoming, Instant now) {
        return upcoming.stream()
                .filter(o -> !NextDates.endsBy(o, now))
                .min(Comparator.comparing(Occurrence::date)
                        .thenComparing(o -> o.hasTimes() ? o.start().toInstant() : Instant.MIN));
    }

    public static String date(LocalDate date) {
        return ScheduleText.date(date);
    }

    /** GOV.UK style: 10am, 11:30am, 12pm (midday). */
    public static String time(LocalTime time) {
        return ScheduleText.time(time);
    }
}
