package org.healthdirectory.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;

/**
 * When a session runs, as plain values: the pattern (weekly or every N weeks, monthly on the nth weekday
 * or a day of the month, listed dates, or by appointment), the dates it starts and stops, its times in UK
 * local time, and the dates it does not run. Kept apart from the entity so the rules are unit-tested.
 *
 * @param interval every how many weeks (WEEKLY) or months (MONTHLY); counted from {@code startsOn}
 * @param monthWeek MONTHLY on a weekday: 1 to 5 for the first to fifth, -1 for the last
 * @param monthDay MONTHLY on a day of the month: 1 to 31; months without that day are skipped (as iCalendar does)
 */
public record SessionPattern(
        Frequency frequency,
        int interval,
        List<DayOfWeek> days,
        Integer monthWeek,
        Integer monthDay,
        List<LocalDate> dates,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime start,
        LocalTime end,
        boolean termTimeOnly,
        boolean skipBankHolidays,
        List<LocalDate> cancelled) {

    public SessionPattern {
        Objects.requireNonNull(frequency);
        interval = Math.max(1, interval);
        days = days == null ? List.of() : days.stream().distinct().sorted().toList();
        dates = dates == null ? List.of() : dates.stream().distinct().sorted().toList();
        cancelled = cancelled == null
                ? List.of()
                : cancelled.stream().distinct().sorted().toList();
    }

    public static SessionPattern weekly(List<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new SessionPattern(
                Frequency.WEEKLY, 1, days, null, null, null, null, null, start, end, false, false, null);
    }

    /** Every {@code weeks} weeks on the given days, counting from the week of {@code firstDate}. */
    public static SessionPattern everyWeeks(
            int weeks, LocalDate firstDate, List<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new SessionPattern(
                Frequency.WEEKLY, weeks, days, null, null, null, firstDate, null, start, end, false, false, null);
    }

    /** Monthly on the nth weekday (1 to 5, or -1 for the last), e.g. the second Sunday. */
    public static SessionPattern monthlyOnWeekday(int nth, DayOfWeek day, LocalTime start, LocalTime end) {
        return new SessionPattern(
                Frequency.MONTHLY, 1, List.of(day), nth, null, null, null, null, start, end, false, false, null);
    }

    public static SessionPattern monthlyOnDay(int dayOfMonth, LocalTime start, LocalTime end) {
        return new SessionPattern(
                Frequency.MONTHLY, 1, null, null, dayOfMonth, null, null, null, start, end, false, false, null);
    }

    public static SessionPattern onDates(List<LocalDate> dates, LocalTime start, LocalTime end) {
        return new SessionPattern(
                Frequency.DATES, 1, null, null, null, dates, null, null, start, end, false, false, null);
    }

    public static SessionPattern byAppointment() {
        return new SessionPattern(
                Frequency.BY_APPOINTMENT, 1, null, null, null, null, null, null, null, null, false, false, null);
    }

    public SessionPattern between(LocalDate from, LocalDate until) {
        return new SessionPattern(
                frequency,
                interval,
                days,
                monthWeek,
                monthDay,
                dates,
                from,
                until,
                start,
                end,
                termTimeOnly,
                skipBankHolidays,
                cancelled);
    }

    public SessionPattern withCancelled(List<LocalDate> cancelledDates) {
        return new SessionPattern(
                frequency,
                interval,
                days,
                monthWeek,
                monthDay,
                dates,
                startsOn,
                endsOn,
                start,
                end,
                termTimeOnly,
                skipBankHolidays,
                cancelledDates);
    }

    public SessionPattern termTimeOnly(boolean onlyInTermTime) {
        return new SessionPattern(
                frequency,
                interval,
                days,
                monthWeek,
                monthDay,
                dates,
                startsOn,
                endsOn,
                start,
                end,
                onlyInTermTime,
                skipBankHolidays,
                cancelled);
    }

    public SessionPattern skippingBankHolidays(boolean skip) {
        return new SessionPattern(
                frequency,
                interval,
                days,
                monthWeek,
                monthDay,
                dates,
                startsOn,
                endsOn,
                start,
                end,
                termTimeOnly,
                skip,
                cancelled);
    }

    /**
     * Whether the pattern gives dates at all. "Every 2 weeks" with no first date cannot say which weeks,
     * so it shows as words only rather than guessing.
     */
    public boolean hasDates() {
        return switch (frequency) {
            case WEEKLY -> !days.isEmpty() && (interval == 1 || startsOn != null);
            case MONTHLY ->
                (monthDay != null || (monthWeek != null && !days.isEmpty())) && (interval == 1 || startsOn != null);
            case DATES -> !dates.isEmpty();
            case BY_APPOINTMENT -> false;
        };
    }

    /** Whether the pattern itself falls on this date (before cancellations and holidays). */
    public boolean fallsOn(LocalDate date) {
        if (!hasDates() || (startsOn != null && date.isBefore(startsOn)) || (endsOn != null && date.isAfter(endsOn))) {
            return false;
        }
        return switch (frequency) {
            case WEEKLY -> days.contains(date.getDayOfWeek()) && inIntervalWeek(date);
            case MONTHLY -> inIntervalMonth(date) && monthlyMatch(date);
            case DATES -> dates.contains(date);
            case BY_APPOINTMENT -> false;
        };
    }

    private boolean inIntervalWeek(LocalDate date) {
        if (interval == 1) {
            return true;
        }
        LocalDate firstMonday = startsOn.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return ChronoUnit.WEEKS.between(firstMonday, monday) % interval == 0;
    }

    private boolean inIntervalMonth(LocalDate date) {
        return interval == 1
                || ChronoUnit.MONTHS.between(YearMonth.from(startsOn), YearMonth.from(date)) % interval == 0;
    }

    private boolean monthlyMatch(LocalDate date) {
        if (monthDay != null) {
            return date.getDayOfMonth() == monthDay;
        }
        if (!days.contains(date.getDayOfWeek())) {
            return false;
        }
        if (monthWeek == -1) {
            return date.plusWeeks(1).getMonth() != date.getMonth();
        }
        return (date.getDayOfMonth() - 1) / 7 + 1 == monthWeek;
    }
}
