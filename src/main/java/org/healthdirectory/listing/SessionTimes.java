package org.healthdirectory.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.healthdirectory.schedule.NextDates;
import org.healthdirectory.schedule.Occurrence;
import org.healthdirectory.schedule.ScheduleText;
import org.healthdirectory.schedule.SchoolHolidays;

/**
 * A listing's sessions in words and dates, for pages, search results and calendars. One {@link NextDates}
 * with the school holidays from content/, so every page agrees on when a term-time session runs.
 */
public final class SessionTimes {

    public static final NextDates NEXT = new NextDates(SchoolHolidays.fromContent());

    private SessionTimes() {}

    public static String describe(Session session) {
        return ScheduleText.describe(session.pattern());
    }

    /** The dates of the next {@code count} times the session runs, from {@code today} (UK date). */
    public static List<LocalDate> nextDates(Session session, LocalDate today, int count) {
        return NEXT.next(session.pattern(), today.atStartOfDay(NextDates.UK).toInstant(), count).stream()
                .map(Occurrence::date)
                .toList();
    }

    /** The listing's next session in words ("Next: Tuesday 8 December, 10am"), else its pattern; empty if no times. */
    public static Optional<String> nextSession(Listing listing, Instant now) {
        Optional<Occurrence> soonest = listing.getSessions().stream()
                .flatMap(s -> NEXT.next(s.pattern(), now, 1).stream())
                .min((a, b) -> a.date().equals(b.date()) && a.hasTimes() && b.hasTimes()
                        ? a.start().compareTo(b.start())
                        : a.date().compareTo(b.date()));
        if (soonest.isPresent()) {
            return Optional.of(ScheduleText.next(soonest.get()));
        }
        return listing.getSessions().stream().findFirst().map(SessionTimes::describe);
    }

    public static String date(LocalDate date) {
        return ScheduleText.date(date);
    }

    /** GOV.UK style: 10am, 11:30am, 12pm (midday). */
    public static String time(LocalTime time) {
        return ScheduleText.time(time);
    }
}
