package org.healthdirectory.schedule;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.healthdirectory.geo.Coordinates;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.TimeOfDay;
import org.healthdirectory.web.UkDate;
import org.healthdirectory.web.WebAddress;

/**
 * Reads the "When and where" form. Fields are numbered: place {@code p0-mode}, {@code p0-name}...; a time at
 * that place {@code p0-t1-often}, {@code p0-t1-days}... The page always offers one empty place and one
 * empty time per place ("add another" without JavaScript); empty blocks are ignored, removed ones dropped.
 */
public final class WhenWhereForm {

    private WhenWhereForm() {}

    /** The places and times, the calendar address (null when none: the reading stops) and any mistakes. */
    public record Parsed(WhenWhere value, String calendarUrl, List<FieldError> errors) {}

    public static Parsed parse(MultivaluedMap<String, String> form, Function<Postcode, Optional<Coordinates>> locate) {
        List<FieldError> errors = new ArrayList<>();
        List<WhenWhere.Place> places = new ArrayList<>();
        for (int p = 0; form.containsKey("p" + p + "-mode") || form.containsKey("p" + p + "-name"); p++) {
            String at = "p" + p + "-";
            String mode = value(form, at + "mode");
            String name = value(form, at + "name");
            String address = value(form, at + "address");
            String postcodeText = value(form, at + "postcode");
            List<WhenWhere.Time> times = times(form, at, errors);
            if (form.containsKey(at + "remove")
                    || (mode == null && name == null && address == null && postcodeText == null && times.isEmpty())) {
                continue;
            }
            if (mode == null) {
                errors.add(new FieldError(at + "mode", "Say how people take part: in person, online or at home"));
                continue;
            }
            VenueMode venueMode = VenueMode.valueOf(mode);
            Optional<Postcode> postcode = postcodeText == null ? Optional.empty() : Postcode.parse(postcodeText);
            if (postcodeText != null && postcode.isEmpty()) {
                errors.add(new FieldError(at + "postcode", "Enter a real postcode, like M18 8LD"));
            }
            if (venueMode == VenueMode.IN_PERSON && name == null && address == null && postcodeText == null) {
                errors.add(new FieldError(at + "name", "Enter the name or address of the place"));
            }
            Optional<Coordinates> point = postcode.flatMap(locate);
            String id = value(form, at + "id");
            places.add(new WhenWhere.Place(
                    placeId(id),
                    venueMode,
                    name,
                    address,
                    postcode.map(Postcode::display).orElse(null),
                    point.map(Coordinates::latitude).orElse(null),
                    point.map(Coordinates::longitude).orElse(null),
                    times));
        }
        String calendar = calendarUrl(form.getFirst(WhenWhereView.CALENDAR_URL));
        if (calendar != null && !WebAddress.readable(calendar)) {
            errors.add(new FieldError(WhenWhereView.CALENDAR_URL, CALENDAR_URL_MESSAGE));
        }
        return new Parsed(new WhenWhere(places), calendar, errors);
    }

    private static List<WhenWhere.Time> times(
            MultivaluedMap<String, String> form, String place, List<FieldError> errors) {
        List<WhenWhere.Time> times = new ArrayList<>();
        for (int t = 0;
                form.containsKey(place + "t" + t + "-often") || form.containsKey(place + "t" + t + "-start");
                t++) {
            String at = place + "t" + t + "-";
            String often = value(form, at + "often");
            if (form.containsKey(at + "remove") || often == null) {
                continue;
            }
            int errorsBefore = errors.size();
            List<DayOfWeek> days = days(form.getOrDefault(at + "days", List.of()), at + "days", errors);
            int interval = number(
                    value(form, at + "interval"),
                    1,
                    1,
                    52,
                    at + "interval",
                    "Enter how many weeks or months apart, from 1 to 52",
                    errors);
            LocalDate first = UkDate.read(value(form, at + "first"), at + "first", errors);
            LocalDate last = UkDate.read(value(form, at + "last"), at + "last", errors);
            LocalTime start = TimeOfDay.read(value(form, at + "start"), at + "start", errors);
            LocalTime end = TimeOfDay.read(value(form, at + "end"), at + "end", errors);
            if (start != null && end != null && !end.isAfter(start)) {
                errors.add(new FieldError(at + "end", "The end time must be after the start time"));
            }
            if (first != null && last != null && last.isBefore(first)) {
                errors.add(new FieldError(at + "last", "The last date must be on or after the first date"));
            }
            List<LocalDate> dates = dates(value(form, at + "dates"), at + "dates", errors);
            List<LocalDate> cancelled = dates(value(form, at + "cancelled"), at + "cancelled", errors);
            Integer monthWeek = null;
            Integer monthDay = null;
            Frequency frequency;
            switch (often) {
                case "WEEKLY" -> {
                    frequency = Frequency.WEEKLY;
                    if (days.isEmpty() && noErrorAt(errors, at + "days")) {
                        errors.add(new FieldError(at + "days", "Choose the days it runs"));
                    }
                    if (interval > 1 && first == null && noErrorAt(errors, at + "first")) {
                        errors.add(new FieldError(
                                at + "first", "Enter the date of the first session, so we know which weeks"));
                    }
                }
                case "MONTHLY" -> {
                    frequency = Frequency.MONTHLY;
                    String week = value(form, at + "month-week");
                    if (week != null) {
                        monthWeek = MONTH_WEEKS.contains(week) ? Integer.valueOf(week) : null;
                        if (monthWeek == null) {
                            errors.add(
                                    new FieldError(at + "month-week", "Choose which week of the month from the list"));
                        } else if (days.size() != 1) {
                            errors.add(new FieldError(at + "days", "Choose one day, like the second Sunday"));
                        }
                    } else {
                        monthDay = number(
                                value(form, at + "month-day"),
                                null,
                                1,
                                31,
                                at + "month-day",
                                "Enter a day of the month from 1 to 31, or choose which week",
                                errors);
                        if (monthDay == null && errors.size() == errorsBefore) {
                            errors.add(new FieldError(
                                    at + "month-week", "Choose which week of the month, or enter a day of the month"));
                        }
                        days = List.of();
                    }
                    if (interval > 1 && first == null && noErrorAt(errors, at + "first")) {
                        errors.add(new FieldError(
                                at + "first", "Enter the date of the first session, so we know which months"));
                    }
                }
                case "DATES" -> {
                    frequency = Frequency.DATES;
                    if (dates.isEmpty() && errors.size() == errorsBefore) {
                        errors.add(new FieldError(at + "dates", "Enter the dates it runs, one on each line"));
                    }
                }
                default -> frequency = Frequency.BY_APPOINTMENT;
            }
            boolean repeats = frequency == Frequency.WEEKLY || frequency == Frequency.MONTHLY;
            SessionPattern pattern = new SessionPattern(
                    frequency,
                    repeats ? interval : 1,
                    repeats ? days : List.of(),
                    monthWeek,
                    monthDay,
                    frequency == Frequency.DATES ? dates : List.of(),
                    repeats ? first : null,
                    repeats ? last : null,
                    frequency == Frequency.BY_APPOINTMENT ? null : start,
                    frequency == Frequency.BY_APPOINTMENT ? null : end,
                    form.containsKey(at + "term-time"),
                    form.containsKey(at + "bank-holidays"),
                    frequency == Frequency.BY_APPOINTMENT ? List.of() : cancelled);
            if (errors.size() == errorsBefore) {
                String note = value(form, at + "note");
                times.add(new WhenWhere.Time(
                        pattern, note == null ? null : note.substring(0, Math.min(300, note.length()))));
            }
        }
        return times;
    }

    private static final String CALENDAR_URL_MESSAGE = "Enter the web address of your calendar, starting with https://";

    /**
     * A public calendar address as we read it: trimmed, "webcal://" (as calendar apps share them) read as
     * "https://"; null when none is given, which stops the reading.
     */
    private static String calendarUrl(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String url = text.strip();
        return url.startsWith("webcal://") ? "https://" + url.substring("webcal://".length()) : url;
    }

    /**
     * The place's id from the page's hidden field. One that is not an id is treated as a new place, as
     * {@link WhenWhere#applyTo} treats an id that is not one of the listing's places.
     */
    private static UUID placeId(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** One message per field: a second check on a field already in error would only repeat it. */
    private static boolean noErrorAt(List<FieldError> errors, String field) {
        return FieldError.messageFor(errors, field) == null;
    }

    /** The weeks of the month the page offers: first to fifth, and last. */
    private static final List<String> MONTH_WEEKS = List.of("1", "2", "3", "4", "5", "-1");

    private static List<DayOfWeek> days(List<String> codes, String field, List<FieldError> errors) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String code : codes) {
            if (code.isBlank()) {
                continue;
            }
            try {
                days.add(Session.dayOf(code));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "Choose days from the list"));
                return List.of();
            }
        }
        return days;
    }

    private static String value(MultivaluedMap<String, String> form, String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Integer number(
            String text, Integer fallback, int min, int max, String field, String message, List<FieldError> errors) {
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, message));
        return fallback;
    }

    private static List<LocalDate> dates(String text, String field, List<FieldError> errors) {
        List<LocalDate> dates = new ArrayList<>();
        if (text != null) {
            for (String line : text.split("[\\r\\n,]+")) {
                if (!line.isBlank()) {
                    Optional.ofNullable(UkDate.read(line.strip(), field, errors))
                            .ifPresent(dates::add);
                }
            }
        }
        return dates;
    }
}
