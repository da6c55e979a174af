package org.healthdirectory.openreferral;

import static org.healthdirectory.openreferral.ServiceImport.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.ListingRules;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;

/**
 * Sessions to and from Open Referral schedules (iCalendar RRULE parts): freq, interval, byday ("2SU",
 * "-1SA" for the nth or last weekday), bymonthday, dtstart, valid_to/until, and the venue as the
 * service at location. The standard has no field for exceptions or listed dates, so: each listed date
 * is a schedule of its own (dtstart = valid_from = valid_to), and cancelled dates, term time and bank
 * holidays are written in {@code notes} as "Not on: 2026-12-22, ...", "Term time only", "Not on bank holidays".
 */
final class OrukSchedules {

    private static final String TERM_TIME = "Term time only";
    private static final String NO_BANK_HOLIDAYS = "Not on bank holidays";
    private static final String NOT_ON = "Not on: ";
    private static final Pattern NOT_ON_DATES = Pattern.compile("Not on: ([0-9 ,-]+)");
    private static final Pattern BYDAY = Pattern.compile("([+-]?\\d)?([A-Za-z]{2})");

    private OrukSchedules() {}

    static List<Oruk.Schedule> toOruk(UUID serviceId, Session session) {
        SessionPattern p = session.pattern();
        UUID sal = session.getVenue() == null ? null : session.getVenue().getId();
        String description = session.getNote() != null ? session.getNote() : ScheduleText.describe(p);
        String notes = notes(p);
        if (p.frequency() == Frequency.DATES) {
            List<Oruk.Schedule> schedules = new ArrayList<>();
            for (LocalDate date : p.dates()) {
                String day = date.toString();
                UUID id = p.dates().size() == 1
                        ? session.getId()
                        : OrukMapper.derivedId("schedule", session.getId(), day);
                schedules.add(new Oruk.Schedule(
                        id,
                        serviceId,
                        sal,
                        day,
                        day,
                        day,
                        null,
                        null,
                        null,
                        null,
                        null,
                        description,
                        time(p.start()),
                        time(p.end()),
                        null,
                        notes));
            }
            if (!schedules.isEmpty()) {
                return schedules;
            }
        }
        boolean repeats = p.frequency() == Frequency.WEEKLY || p.frequency() == Frequency.MONTHLY;
        String byday = p.days().isEmpty()
                ? null
                : String.join(
                        ",",
                        p.days().stream()
                                .map(d -> (p.monthWeek() != null ? p.monthWeek().toString() : "") + Session.codeOf(d))
                                .toList());
        String from = p.startsOn() == null ? null : p.startsOn().toString();
        String to = p.endsOn() == null ? null : p.endsOn().toString();
        return List.of(new Oruk.Schedule(
                session.getId(),
                serviceId,
                sal,
                from,
                to,
                from,
                to,
                repeats ? p.frequency().name() : null,
                repeats ? p.interval() : null,
                repeats ? byday : null,
                p.monthDay() == null ? null : p.monthDay().toString(),
                description,
                time(p.start()),
                time(p.end()),
                p.frequency() == Frequency.BY_APPOINTMENT ? "By appointment" : null,
                notes));
    }

    private static String notes(SessionPattern p) {
        List<String> parts = new ArrayList<>();
        if (p.termTimeOnly()) {
            parts.add(TERM_TIME);
        }
        if (p.skipBankHolidays()) {
            parts.add(NO_BANK_HOLIDAYS);
        }
        if (!p.cancelled().isEmpty()) {
            parts.add(NOT_ON
                    + String.join(
                            ", ",
                            p.cancelled().stream().map(LocalDate::toString).toList()));
        }
        return parts.isEmpty() ? null : String.join(". ", parts);
    }

    /** A schedule read back: its pattern, the source's service-at-location id (if any) and its description. */
    record Imported(SessionPattern pattern, String serviceAtLocationId, String description) {}

    static Optional<Imported> fromOruk(JsonNode x, List<String> problems) {
        String freq = Optional.ofNullable(text(x, "freq")).orElse("").toUpperCase(Locale.ROOT);
        int interval = x.path("interval").isNumber()
                ? Math.max(1, Math.min(52, x.path("interval").asInt()))
                : 1;
        LocalDate from = date(Optional.ofNullable(text(x, "dtstart")).orElse(text(x, "valid_from")));
        LocalDate to = date(Optional.ofNullable(text(x, "until")).orElse(text(x, "valid_to")));
        List<DayOfWeek> days = new ArrayList<>();
        Integer monthWeek = null;
        for (String code : Optional.ofNullable(text(x, "byday")).orElse("").split(",")) {
            Matcher m = BYDAY.matcher(code.trim());
            if (code.isBlank()) {
                continue;
            }
            try {
                if (!m.matches()) {
                    throw new IllegalArgumentException(code);
                }
                days.add(Session.dayOf(m.group(2)));
                if (m.group(1) != null) {
                    int nth = Integer.parseInt(m.group(1).replace("+", ""));
                    monthWeek = nth >= 1 && nth <= 5 || nth == -1 ? nth : null;
                }
            } catch (IllegalArgumentException e) {
                problems.add("schedule day \"" + ListingRules.clip(code, 10) + "\" not understood");
            }
        }
        Integer monthDay = null;
        String bymonthday = text(x, "bymonthday");
        if (bymonthday != null) {
            try {
                int day = Integer.parseInt(bymonthday.split(",")[0].trim());
                monthDay = day >= 1 && day <= 31 ? day : null;
            } catch (NumberFormatException e) {
                problems.add("schedule day of month \"" + ListingRules.clip(bymonthday, 10) + "\" not understood");
            }
        }
        String notes = Optional.ofNullable(text(x, "notes")).orElse("");
        String words = (notes + " "
                        + Optional.ofNullable(text(x, "description")).orElse("") + " "
                        + Optional.ofNullable(text(x, "attending_type")).orElse(""))
                .toLowerCase(Locale.ROOT);
        Frequency frequency;
        List<LocalDate> dates = List.of();
        switch (freq) {
            case "WEEKLY" -> frequency = Frequency.WEEKLY;
            case "MONTHLY" -> frequency = Frequency.MONTHLY;
            default -> {
                // No repeat rule (iCalendar: no FREQ): a date of its own, or by appointment.
                if (from != null) {
                    frequency = Frequency.DATES;
                    dates = List.of(from);
                } else if (words.contains("appointment")) {
                    frequency = Frequency.BY_APPOINTMENT;
                } else {
                    // Times and words only ("Ring to find out the next date"): set dates not known yet,
                    // as our own export writes them, so a round trip keeps the session.
                    frequency = Frequency.DATES;
                }
            }
        }
        boolean repeats = frequency == Frequency.WEEKLY || frequency == Frequency.MONTHLY;
        List<LocalDate> cancelled = new ArrayList<>();
        Matcher notOn = NOT_ON_DATES.matcher(notes);
        if (notOn.find()) {
            for (String day : notOn.group(1).split(",")) {
                Optional.ofNullable(date(day.trim())).ifPresent(cancelled::add);
            }
        }
        SessionPattern pattern = new SessionPattern(
                frequency,
                repeats ? interval : 1,
                repeats ? days : List.of(),
                frequency == Frequency.MONTHLY ? monthWeek : null,
                frequency == Frequency.MONTHLY ? monthDay : null,
                dates,
                repeats ? from : null,
                repeats ? to : null,
                time(text(x, "opens_at")),
                time(text(x, "closes_at")),
                words.contains("term time"),
                words.contains(NO_BANK_HOLIDAYS.toLowerCase(Locale.ROOT)),
                cancelled);
        return Optional.of(new Imported(pattern, text(x, "service_at_location_id"), text(x, "description")));
    }

    private static String time(LocalTime time) {
        return time == null ? null : time.toString();
    }

    private static LocalTime time(String text) {
        try {
            return text == null
                    ? null
                    : LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text.replace("Z", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
