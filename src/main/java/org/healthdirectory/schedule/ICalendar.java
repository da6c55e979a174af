package org.healthdirectory.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.NextDates;
import org.healthdirectory.listing.Occurrence;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.UkTime;

/**
 * Writes iCalendar (RFC 5545) text: sessions as events in UK time with a repeat rule (RRULE) and the
 * dates they do not run (EXDATE: cancelled dates, bank holidays and school holidays where they apply).
 * Text is escaped (section 3.3.11) and lines are folded at 75 octets (section 3.1) without splitting a
 * character; every line ends in CRLF.
 */
public final class ICalendar {

    /** One session to write: its stable id, what and where, and its pattern. */
    public record Event(
            String uid, String summary, String location, String description, String url, SessionPattern pattern) {}

    /** iCalendar's local date-time and date forms; {@link ICalendarReader} reads the same. */
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** How far ahead holidays and cancellations are listed as exceptions. */
    private static final int EXCEPTIONS_DAYS = 400;

    private static final String TIMEZONE = String.join(
            "\r\n",
            "BEGIN:VTIMEZONE",
            "TZID:Europe/London",
            "BEGIN:DAYLIGHT",
            "TZOFFSETFROM:+0000",
            "TZOFFSETTO:+0100",
            "TZNAME:BST",
            "DTSTART:19700329T010000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "END:DAYLIGHT",
            "BEGIN:STANDARD",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0000",
            "TZNAME:GMT",
            "DTSTART:19701025T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD",
            "END:VTIMEZONE");

    private final NextDates nextDates;

    public ICalendar(NextDates nextDates) {
        this.nextDates = nextDates;
    }

    public String calendar(String name, List<Event> events, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Local health directory//Sessions//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME:" + text(name));
        lines.add("X-WR-TIMEZONE:Europe/London");
        lines.addAll(List.of(TIMEZONE.split("\r\n")));
        LocalDate today = now.atZone(UkTime.ZONE).toLocalDate();
        for (Event event : events) {
            lines.addAll(vevents(event, now, today));
        }
        lines.add("END:VCALENDAR");
        return lines.stream().map(ICalendar::fold).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private List<String> vevents(Event event, Instant now, LocalDate today) {
        SessionPattern p = event.pattern();
        List<String> lines = new ArrayList<>();
        if (!p.hasDates()) {
            return lines;
        }
        if (p.frequency() == Frequency.DATES) {
            for (LocalDate date : p.dates()) {
                if (nextDates.runsOn(p, date)) {
                    lines.addAll(vevent(event, event.uid() + "-" + DATE.format(date), date, null, List.of(), now));
                }
            }
            return lines;
        }
        // The first date: the first session if known, else the next one from today.
        LocalDate first = p.startsOn() != null ? p.startsOn() : today;
        LocalDate start = null;
        for (LocalDate day = first; day.isBefore(first.plusDays(800)); day = day.plusDays(1)) {
            if (p.fallsOn(day)) {
                start = day;
                break;
            }
        }
        if (start == null) {
            return lines;
        }
        List<LocalDate> exceptions = new ArrayList<>();
        LocalDate from = start.isAfter(today) ? start : today;
        for (LocalDate day = start; day.isBefore(from.plusDays(EXCEPTIONS_DAYS)); day = day.plusDays(1)) {
            if (p.fallsOn(day) && !nextDates.runsOn(p, day)) {
                exceptions.add(day);
            }
        }
        return vevent(event, event.uid(), start, rrule(p), exceptions, now);
    }

    private static List<String> vevent(
            Event event, String uid, LocalDate date, String rrule, List<LocalDate> exceptions, Instant now) {
        SessionPattern p = event.pattern();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid + "@health-directory");
        lines.add("DTSTAMP:" + UTC.format(now));
        if (p.start() == null) {
            lines.add("DTSTART;VALUE=DATE:" + DATE.format(date));
        } else {
            Occurrence o = NextDates.occurrence(p, date);
            lines.add("DTSTART;TZID=Europe/London:" + LOCAL.format(o.start().toLocalDateTime()));
            if (o.end() != null) {
                lines.add("DTEND;TZID=Europe/London:" + LOCAL.format(o.end().toLocalDateTime()));
            }
        }
        if (rrule != null) {
            lines.add("RRULE:" + rrule);
        }
        for (LocalDate day : exceptions) {
            lines.add(
                    p.start() == null
                            ? "EXDATE;VALUE=DATE:" + DATE.format(day)
                            : "EXDATE;TZID=Europe/London:" + LOCAL.format(day.atTime(p.start())));
        }
        lines.add("SUMMARY:" + text(event.summary()));
        if (event.location() != null && !event.location().isBlank()) {
            lines.add("LOCATION:" + text(event.location()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            lines.add("DESCRIPTION:" + text(event.description()));
        }
        if (event.url() != null) {
            lines.add("URL:" + event.url());
        }
        lines.add("END:VEVENT");
        return lines;
    }

    static String rrule(SessionPattern p) {
        StringBuilder rule = new StringBuilder("FREQ=").append(p.frequency().name());
        if (p.interval() > 1) {
            rule.append(";INTERVAL=").append(p.interval());
        }
        if (p.monthDay() != null) {
            rule.append(";BYMONTHDAY=").append(p.monthDay());
        } else if (!p.days().isEmpty()) {
            String prefix = p.frequency() == Frequency.MONTHLY && p.monthWeek() != null
                    ? p.monthWeek().toString()
                    : "";
            rule.append(";BYDAY=")
                    .append(p.days().stream()
                            .map(d -> prefix + org.healthdirectory.listing.Session.codeOf(d))
                            .collect(Collectors.joining(",")));
        }
        if (p.endsOn() != null) {
            // With a TZID start, UNTIL is in UTC (RFC 5545 3.3.10): the end of the last day, UK time.
            ZonedDateTime end = p.endsOn()
                    .atTime(p.start() != null ? p.start() : LocalTime.MAX)
                    .atZone(UkTime.ZONE);
            rule.append(";UNTIL=").append(p.start() == null ? DATE.format(p.endsOn()) : UTC.format(end.toInstant()));
        }
        return rule.toString();
    }

    /** Escapes TEXT values: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds a content line at 75 octets: CRLF and a space, never inside a UTF-8 character (RFC 5545 3.1). */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String ch = new String(Character.toChars(codePoint));
            int size = ch.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.append(ch);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
