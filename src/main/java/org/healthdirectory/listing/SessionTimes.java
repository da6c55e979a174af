package org.healthdirectory.listing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Says when a session runs in plain English ("Every week on Monday, 10am to 11:30am") and its next dates. */
public final class SessionTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private SessionTimes() {}

    public static String describe(Session session) {
        StringBuilder text = new StringBuilder(session.getFrequency().label);
        List<DayOfWeek> days = session.getDaysOfWeek();
        if (session.getFrequency() == Frequency.ONE_OFF && session.getStartsOn() != null) {
            text = new StringBuilder("On ").append(session.getStartsOn().format(DATE));
        } else if (days.size() == 7 && session.getFrequency() == Frequency.WEEKLY) {
            text = new StringBuilder("Every day");
        } else if (!days.isEmpty()) {
            text.append(" on ").append(joinDays(days));
        }
        if (session.getStartTime() != null) {
            text.append(", ").append(time(session.getStartTime()));
            if (session.getEndTime() != null) {
                text.append(" to ").append(time(session.getEndTime()));
            }
        }
        if (session.isTermTimeOnly()) {
            text.append(" (term time only)");
        }
        return text.toString();
    }

    /** The next dates of a weekly session; other patterns depend on details only the provider knows. */
    public static List<LocalDate> nextDates(Session session, LocalDate today, int count) {
        List<LocalDate> dates = new ArrayList<>();
        if (session.getFrequency() == Frequency.ONE_OFF) {
            if (session.getStartsOn() != null && !session.getStartsOn().isBefore(today)) {
                dates.add(session.getStartsOn());
            }
            return dates;
        }
        if (session.getFrequency() != Frequency.WEEKLY
                || session.getDaysOfWeek().isEmpty()) {
            return dates;
        }
        for (LocalDate day = today; dates.size() < count && day.isBefore(today.plusDays(15)); day = day.plusDays(1)) {
            if (session.getDaysOfWeek().contains(day.getDayOfWeek())
                    && (session.getEndsOn() == null || !day.isAfter(session.getEndsOn()))) {
                dates.add(day);
            }
        }
        return dates;
    }

    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** GOV.UK style: 10am, 11:30am, 12pm (midday). */
    public static String time(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    private static String joinDays(List<DayOfWeek> days) {
        List<String> names = days.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK))
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
