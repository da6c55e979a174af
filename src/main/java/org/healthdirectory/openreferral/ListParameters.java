package org.healthdirectory.openreferral;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.healthdirectory.geo.Coordinates;
import org.healthdirectory.geo.PostcodeLookup;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query parameters of the ORUK list endpoints, checked. Every filter is optional and they
 * combine with AND. A value we cannot use throws {@link BadParameterException} naming the parameter.
 */
public record ListParameters(
        int page,
        int perPage,
        String search,
        UUID taxonomyTermId,
        UUID taxonomyId,
        UUID organizationId,
        Instant modifiedAfter,
        Coordinates near,
        Integer proximityMetres,
        String day,
        LocalTime startTime,
        LocalTime endTime,
        Integer minimumAge,
        Integer maximumAge) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 200;
    /** Used when a postcode comes without a proximity: about 5 miles. */
    public static final int DEFAULT_PROXIMITY_METRES = 8000;

    private static final int MAX_PROXIMITY_METRES = 200_000;
    /** Dates PostgreSQL and people can both use; a year like +999999999 is neither. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** The raw strings as they came in the query: the list parameters every ORUK list endpoint takes. */
    public record Raw(
            @RestQuery String page,
            @RestQuery("per_page") String perPage,
            @RestQuery String search,
            @RestQuery("taxonomy_term_id") String taxonomyTermId,
            @RestQuery("taxonomy_id") String taxonomyId,
            @RestQuery("organization_id") String organizationId,
            @RestQuery("modified_after") String modifiedAfter,
            @RestQuery String postcode,
            @RestQuery String proximity,
            @RestQuery String day,
            @RestQuery("start_time") String startTime,
            @RestQuery("end_time") String endTime,
            @RestQuery("minimum_age") String minimumAge,
            @RestQuery("maximum_age") String maximumAge) {

        public static Raw paging(String page, String perPage, String search) {
            return new Raw(page, perPage, search, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    public static ListParameters check(Raw raw, PostcodeLookup postcodes) {
        int page = integer("page", raw.page(), 1, 1, Integer.MAX_VALUE);
        int perPage = integer("per_page", raw.perPage(), DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
        String search = blank(raw.search()) ? null : raw.search().trim();
        if (search != null && search.length() > 200) {
            throw new BadParameterException("search", "must be 200 characters or fewer");
        }
        Coordinates near = null;
        Integer proximity = null;
        if (!blank(raw.postcode())) {
            near = postcodes
                    .locate(raw.postcode())
                    .orElseThrow(() -> new BadParameterException("postcode", "we could not find that postcode"));
            proximity = integer("proximity", raw.proximity(), DEFAULT_PROXIMITY_METRES, 1, MAX_PROXIMITY_METRES);
        } else if (!blank(raw.proximity())) {
            throw new BadParameterException("proximity", "give a postcode with proximity");
        }
        Integer minimumAge = age("minimum_age", raw.minimumAge());
        Integer maximumAge = age("maximum_age", raw.maximumAge());
        LocalTime start = time("start_time", raw.startTime());
        LocalTime end = time("end_time", raw.endTime());
        return new ListParameters(
                page,
                perPage,
                search,
                uuid("taxonomy_term_id", raw.taxonomyTermId()),
                uuid("taxonomy_id", raw.taxonomyId()),
                uuid("organization_id", raw.organizationId()),
                instant("modified_after", raw.modifiedAfter()),
                near,
                proximity,
                day(raw.day()),
                start,
                end,
                minimumAge,
                maximumAge);
    }

    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int integer(String name, String value, int fallback, int min, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw new BadParameterException(name, "must be a whole number from " + min + " to " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be a whole number from " + min + " to " + max);
        }
    }

    private static Integer age(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            double age = Double.parseDouble(value.trim());
            if (age < 0 || age > 150 || Double.isNaN(age)) {
                throw new BadParameterException(name, "must be an age from 0 to 150");
            }
            return (int) Math.floor(age);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "must be an age from 0 to 150");
        }
    }

    private static UUID uuid(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(name, "must be a UUID");
        }
    }

    /** A date-time with an offset, a local date-time (read as UTC) or a date (its start, UTC), 1900 to 9999. */
    private static Instant instant(String name, String value) {
        if (blank(value)) {
            return null;
        }
        Instant parsed = parseInstant(name, value);
        if (parsed.isBefore(EARLIEST) || parsed.isAfter(LATEST)) {
            throw new BadParameterException(name, "must be a date between the years 1900 and 9999");
        }
        return parsed;
    }

    private static Instant parseInstant(String name, String value) {
        String text = value.trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException ignored) {
            // try the shorter forms
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException ignored) {
            // try a plain date
        }
        try {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new BadParameterException(name, "must be a date and time like 2025-01-31T09:00:00Z");
        }
    }

    private static LocalTime time(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeException e) {
            throw new BadParameterException(name, "must be a time like 09:30");
        }
    }

    /** An iCalendar day code (MO...SU) or an English day name, as the code. */
    private static String day(String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(text) || day.name().substring(0, 2).equals(text)) {
                return day.name().substring(0, 2);
            }
        }
        throw new BadParameterException("day", "must be a day such as MO or Monday");
    }
}
