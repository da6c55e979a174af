package org.healthdirectory.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.UkTime;

/**
 * Reads a provider's public calendar (iCalendar, RFC 5545) into session patterns: weekly and every N
 * weeks (also daily), monthly on the nth or last weekday or a day of the month, one-off events as listed
 * dates (joined when they share times and place), EXDATE as cancelled dates, UNTIL as the last date.
 * Times are read in UK time whatever zone the calendar uses. What we cannot show (yearly rules, a count
 * of times) is left out and named in {@code problems}; finished series and past events are left out.
 */
final class ICalendarReader {

    /** A session read from the calendar, and the LOCATION it gave (to match it to a venue). */
    record Read(SessionPattern pattern, String location) {}

    private static final Pattern BYDAY = Pattern.compile("([+-]?\\d)?(MO|TU|WE|TH|FR|SA|SU)");
    private static final int MOST_EVENTS = 500;

    private ICalendarReader() {}

    /** A property line: its name, its parameters (TZID, VALUE) and its value. */
    private record Line(String name, Map<String, String> parameters, String value) {}

    /** A moment as written: the UK date, and the UK time unless it was a whole-day date. */
    private record When(LocalDate date, LocalTime time) {}

    static List<Read> read(String text, LocalDate today, List<String> problems) {
        List<Read> sessions = new ArrayList<>();
        Map<List<Object>, List<LocalDate>> oneOffs = new LinkedHashMap<>();
        int events = 0;
        for (List<Line> event : events(text)) {
            if (++events > MOST_EVENTS) {
                problems.add("only the first " + MOST_EVENTS + " events were read");
                break;
            }
            try {
                readEvent(event, today, problems, sessions, oneOffs);
            } catch (RuntimeException e) {
                problems.add("an event we could not read: " + first(event, "SUMMARY"));
            }
        }
        oneOffs.forEach((key, dates) -> sessions.add(new Read(
                SessionPattern.onDates(dates, (LocalTime) key.get(0), (LocalTime) key.get(1)), (String) key.get(2))));
        return sessions;
    }

    private static void readEvent(
            List<Line> event,
            LocalDate today,
            List<String> problems,
            List<Read> sessions,
            Map<List<Object>, List<LocalDate>> oneOffs) {
        if ("CANCELLED".equalsIgnoreCase(first(event, "STATUS"))) {
            return;
        }
        Line startLine = line(event, "DTSTART");
        if (startLine == null) {
            return;
        }
        When start = when(startLine);
        Line endLine = line(event, "DTEND");
        When end = endLine == null ? null : when(endLine);
        LocalTime startTime = start.time();
        LocalTime endTime = end != null && end.date().equals(start.date()) ? end.time() : null;
        String location = unescape(first(event, "LOCATION"));
        String rule = first(event, "RRULE");
        if (rule == null) {
            if (!start.date().isBefore(today)) {
                oneOffs.computeIfAbsent(Arrays.asList(startTime, endTime, location), k -> new ArrayList<>())
                        .add(start.date());
            }
            return;
        }
        Map<String, String> parts = new HashMap<>();
        for (String part : rule.split(";")) {
            String[] pair = part.split("=", 2);
            if (pair.length == 2) {
                parts.put(
                        pair[0].trim().toUpperCase(Locale.ROOT), pair[1].trim().toUpperCase(Locale.ROOT));
            }
        }
        String summary = first(event, "SUMMARY");
        if (parts.containsKey("COUNT")) {
            problems.add("\"" + summary + "\" repeats a set number of times, which we cannot show yet");
            return;
        }
        LocalDate until = parts.containsKey("UNTIL")
                ? when(new Line("UNTIL", Map.of(), parts.get("UNTIL"))).date()
                : null;
        if (until != null && until.isBefore(today)) {
            return;
        }
        int interval =
                parts.containsKey("INTERVAL") ? Math.max(1, Math.min(52, Integer.parseInt(parts.get("INTERVAL")))) : 1;
        List<DayOfWeek> days = new ArrayList<>();
        Integer monthWeek = null;
        for (String code : parts.getOrDefault("BYDAY", "").split(",")) {
            Matcher m = BYDAY.matcher(code.trim());
            if (m.matches()) {
                days.add(Session.dayOf(m.group(2)));
                if (m.group(1) != null) {
                    monthWeek = Integer.valueOf(m.group(1).replace("+", ""));
                }
            }
        }
        Frequency frequency;
        Integer monthDay = null;
        switch (parts.getOrDefault("FREQ", "")) {
            case "DAILY" -> {
                if (interval != 1) {
                    problems.add("\"" + summary + "\" repeats every few days, which we cannot show yet");
                    return;
                }
                frequency = Frequency.WEEKLY;
                if (days.isEmpty()) {
                    days = List.of(DayOfWeek.values());
                }
            }
            case "WEEKLY" -> {
                frequency = Frequency.WEEKLY;
                if (days.isEmpty()) {
                    days = List.of(start.date().getDayOfWeek());
                }
            }
            case "MONTHLY" -> {
                frequency = Frequency.MONTHLY;
                if (monthWeek == null || days.size() != 1 || !(monthWeek == -1 || monthWeek >= 1 && monthWeek <= 5)) {
                    monthWeek = null;
                    days = List.of();
                    monthDay = parts.containsKey("BYMONTHDAY")
                            ? Integer.valueOf(parts.get("BYMONTHDAY").split(",")[0])
                            : start.date().getDayOfMonth();
                }
            }
            default -> {
                problems.add("\"" + summary + "\" repeats in a way we cannot show yet (" + parts.get("FREQ") + ")");
                return;
            }
        }
        List<LocalDate> cancelled = new ArrayList<>();
        for (Line exdate : lines(event, "EXDATE")) {
            for (String value : exdate.value().split(",")) {
                cancelled.add(when(new Line("EXDATE", exdate.parameters(), value.trim()))
                        .date());
            }
        }
        SessionPattern pattern = new SessionPattern(
                frequency,
                interval,
                days,
                frequency == Frequency.MONTHLY ? monthWeek : null,
                monthDay,
                null,
                start.date(),
                until,
                startTime,
                endTime,
                false,
                false,
                cancelled);
        sessions.add(new Read(countsFrom(pattern, today) ? pattern : pattern.between(null, until), location));
    }

    /**
     * Where a series counts from matters every few weeks or months, or when it begins after a date it
     * would otherwise fall on. Otherwise it is left out, so a calendar that writes its next date as the
     * start (as ours does) reads the same from one day to the next.
     */
    private static boolean countsFrom(SessionPattern pattern, LocalDate today) {
        if (pattern.interval() > 1) {
            return true;
        }
        SessionPattern open = pattern.between(null, pattern.endsOn());
        for (LocalDate day = today; day.isBefore(pattern.startsOn()); day = day.plusDays(1)) {
            if (open.fallsOn(day)) {
                return true;
            }
        }
        return false;
    }

    /** The VEVENTs, each as its property lines (folded lines joined first). */
    private static List<List<Line>> events(String text) {
        String unfolded = text.replace("\r\n", "\n").replace("\r", "\n").replaceAll("\n[ \t]", "");
        List<List<Line>> events = new ArrayList<>();
        List<Line> current = null;
        int depth = 0;
        for (String raw : unfolded.split("\n")) {
            String row = raw.strip();
            if (row.equalsIgnoreCase("BEGIN:VEVENT")) {
                current = new ArrayList<>();
                depth = 0;
            } else if (row.equalsIgnoreCase("END:VEVENT") && current != null) {
                events.add(current);
                current = null;
            } else if (current != null && row.toUpperCase(Locale.ROOT).startsWith("BEGIN:")) {
                depth++; // an alarm inside the event: not the event's own properties
            } else if (current != null && row.toUpperCase(Locale.ROOT).startsWith("END:")) {
                depth--;
            } else if (current != null && depth == 0) {
                parse(row).ifPresent(current::add);
            }
        }
        return events;
    }

    private static java.util.Optional<Line> parse(String row) {
        int colon = row.indexOf(':');
        if (colon < 0) {
            return java.util.Optional.empty();
        }
        String[] head = row.substring(0, colon).split(";");
        Map<String, String> parameters = new HashMap<>();
        for (int i = 1; i < head.length; i++) {
            String[] pair = head[i].split("=", 2);
            if (pair.length == 2) {
                parameters.put(pair[0].toUpperCase(Locale.ROOT), pair[1].replace("\"", ""));
            }
        }
        return java.util.Optional.of(new Line(
                head[0].toUpperCase(Locale.ROOT),
                parameters,
                row.substring(colon + 1).strip()));
    }

    private static Line line(List<Line> event, String name) {
        return event.stream().filter(l -> l.name().equals(name)).findFirst().orElse(null);
    }

    private static List<Line> lines(List<Line> event, String name) {
        return event.stream().filter(l -> l.name().equals(name)).toList();
    }

    private static String first(List<Line> event, String name) {
        Line line = line(event, name);
        return line == null ? null : line.value();
    }

    /** A DTSTART, DTEND, EXDATE or UNTIL value in UK time: "20261201", "20261201T100000" (with TZID) or "...Z". */
    private static When when(Line line) {
        String value = line.value();
        try {
            if (value.length() == 8 || "DATE".equalsIgnoreCase(line.parameters().get("VALUE"))) {
                return new When(LocalDate.parse(value.substring(0, 8), ICalendar.DATE), null);
            }
            LocalDateTime local = LocalDateTime.parse(value.replace("Z", ""), ICalendar.LOCAL);
            ZoneId zone = value.endsWith("Z")
                    ? ZoneOffset.UTC
                    : zone(Objects.requireNonNullElse(line.parameters().get("TZID"), UkTime.ZONE.getId()));
            LocalDateTime uk =
                    local.atZone(zone).withZoneSameInstant(UkTime.ZONE).toLocalDateTime();
            return new When(uk.toLocalDate(), uk.toLocalTime());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: " + value, e);
        }
    }

    /** A calendar's own zone name, or UK time when it names one Java does not know. */
    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (RuntimeException e) {
            return UkTime.ZONE;
        }
    }

    private static String unescape(String text) {
        return text == null
                ? null
                : text.replace("\\n", " ")
                        .replace("\\N", " ")
                        .replace("\\,", ",")
                        .replace("\\;", ";")
                        .replace("\\\\", "\\");
    }
}
