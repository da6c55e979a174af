package org.healthdirectory.listing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Works out the dates a session runs, in UK local time: a 10am session is at 10am on both sides of a
 * clock change. A start time that does not exist on the day the clocks go forward (1:30am) moves on by
 * the hour skipped, as clocks do. Cancelled dates, bank holidays (if the group skips them) and school
 * holidays (for term-time-only sessions) are left out.
 */
public final class NextDates {

    /** How far ahead to look: a fifth Monday may be months away, a listed date up to a year or two. */
    private static final int HORIZON_DAYS = 800;

    private final SchoolHolidays schoolHolidays;

    public NextDates(SchoolHolidays schoolHolidays) {
        this.schoolHolidays = schoolHolidays;
    }

    /** Whether the session runs on this date. */
    public boolean runsOn(SessionPattern pattern, LocalDate date) {
        return pattern.fallsOn(date)
                && !pattern.cancelled().contains(date)
                && !(pattern.skipBankHolidays() && BankHolidays.isBankHoliday(date))
                && !(pattern.termTimeOnly() && schoolHolidays.isHoliday(date));
    }

    /** The next {@code count} times the session runs that have not yet ended at {@code now}. */
    public List<Occurrence> next(SessionPattern pattern, Instant now, int count) {
        List<Occurrence> found = new ArrayList<>();
        if (!pattern.hasDates() || count <= 0) {
            return found;
        }
        LocalDate today = now.atZone(UkTime.ZONE).toLocalDate();
        LocalDate last = today.plusDays(HORIZON_DAYS);
        if (pattern.endsOn() != null && pattern.endsOn().isBefore(last)) {
            last = pattern.endsOn();
        }
        for (LocalDate day = today; !day.isAfter(last) && found.size() < count; day = day.plusDays(1)) {
            if (runsOn(pattern, day)) {
                Occurrence occurrence = occurrence(pattern, day);
                if (!endsBy(occurrence, now)) {
                    found.add(occurrence);
                }
            }
        }
        return found;
    }

    /** Every time the session runs on the UK dates from {@code first} to {@code last}, both included. */
    public List<Occurrence> between(SessionPattern pattern, LocalDate first, LocalDate last) {
        List<Occurrence> found = new ArrayList<>();
        if (!pattern.hasDates()) {
            return found;
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            if (runsOn(pattern, day)) {
                found.add(occurrence(pattern, day));
            }
        }
        return found;
    }

    /** The session on this date, with its times in UK time. */
    public static Occurrence occurrence(SessionPattern pattern, LocalDate date) {
        if (pattern.start() == null) {
            return new Occurrence(date, null, null);
        }
        ZonedDateTime start = ZonedDateTime.of(date, pattern.start(), UkTime.ZONE);
        ZonedDateTime end = null;
        if (pattern.end() != null) {
            // An end at or before the start is after midnight, on the next day.
            LocalDate endDate = pattern.end().isAfter(pattern.start()) ? date : date.plusDays(1);
            end = ZonedDateTime.of(endDate, pattern.end(), UkTime.ZONE);
        }
        return new Occurrence(date, start, end);
    }

    /** Over by {@code now}: its end has passed (or its start, with no end time; or the day, with no times). */
    static boolean endsBy(Occurrence occurrence, Instant now) {
        if (!occurrence.hasTimes()) {
            return occurrence.date().isBefore(now.atZone(UkTime.ZONE).toLocalDate());
        }
        ZonedDateTime over = occurrence.end() != null ? occurrence.end() : occurrence.start();
        return !over.toInstant().isAfter(now);
    }

    /** Whether a session is running at {@code now}: started and not yet ended. */
    public boolean isOn(SessionPattern pattern, Instant now) {
        LocalDate today = now.atZone(UkTime.ZONE).toLocalDate();
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            if (runsOn(pattern, day) && pattern.start() != null && pattern.end() != null) {
                Occurrence o = occurrence(pattern, day);
                if (!o.start().toInstant().isAfter(now) && o.end().toInstant().isAfter(now)) {
                    return true;
                }
            }
        }
        return false;
    }
}
