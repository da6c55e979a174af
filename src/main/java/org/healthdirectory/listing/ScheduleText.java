package org.healthdirectory.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Says when a session runs in plain English, as GOV.UK writes dates and times ("Every other Tuesday, 10am"). */
public final class ScheduleText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final List<String> NTH = List.of("First", "Second", "Third", "Fourth", "Fifth");

    private ScheduleText() {}

    public static String describe(SessionPattern p) {
        StringBuilder text = new StringBuilder(pattern(p));
        if (p.start() != null) {
            text.append(", ").append(time(p.start()));
            if (p.end() != null) {
                text.append(" to ").append(time(p.end()));
            }
        }
        if (p.termTimeOnly()) {
            text.append(" (term time only)");
        }
        if (p.skipBankHolidays()) {
            text.append(" (not on bank holidays)");
        }
        return text.toString();
    }

    private static String pattern(SessionPattern p) {
        return switch (p.frequency()) {
            case WEEKLY -> weekly(p);
            case MONTHLY -> monthly(p);
            case DATES -> p.dates().size() == 1 ? "On " + date(p.dates().get(0)) : "On set dates";
            case BY_APPOINTMENT -> "By appointment";
        };
    }

    private static String weekly(SessionPattern p) {
        if (p.days().isEmpty()) {
            return p.interval() == 1 ? "Every week" : "Every " + p.interval() + " weeks";
        }
        if (p.interval() == 1) {
            return p.days().size() == 7 ? "Every day" : "Every " + joinDays(p.days());
        }
        if (p.interval() == 2) {
            return "Every other " + joinDays(p.days());
        }
        return "Every " + p.interval() + " weeks on " + joinDays(p.days());
    }

    private static String monthly(SessionPattern p) {
        String every = p.interval() == 1 ? "every month" : "every " + p.interval() + " months";
        if (p.monthDay() != null) {
            return "The " + ordinal(p.monthDay()) + " of " + every;
        }
        if (p.monthWeek() != null && !p.days().isEmpty()) {
            String nth = p.monthWeek() == -1 ? "Last" : NTH.get(p.monthWeek() - 1);
            String text = nth + " " + joinDays(p.days()) + " of " + every;
            return p.monthWeek() == 5 ? text + " (in months that have one)" : text;
        }
        return p.days().isEmpty() ? "Once a month" : "Once a month on a " + joinDays(p.days());
    }

    /** "Next: Tuesday 8 December, 10am", for search results. */
    public static String next(Occurrence occurrence) {
        return "Next: " + date(occurrence.date())
                + (occurrence.hasTimes() ? ", " + time(occurrence.start().toLocalTime()) : "");
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** GOV.UK style: 10am, 11:30am, 12pm (midday). */
    public static String time(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : ":" + twoDigits(time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    /** "05" (String.format costs more than the rest of a result card's date and time together). */
    public static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13)
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    public static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String joinDays(List<DayOfWeek> days) {
        List<String> names = days.stream().map(ScheduleText::dayName).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
