package org.healthdirectory.listing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * School holidays, for sessions that run in term time only. Dates differ by council, so they are
 * editorial content ({@code content/school-holidays.txt}: "first-day last-day name" per line), not code.
 */
public final class SchoolHolidays {

    record Holiday(LocalDate first, LocalDate last) {}

    private final List<Holiday> holidays;

    private SchoolHolidays(List<Holiday> holidays) {
        this.holidays = List.copyOf(holidays);
    }

    public static SchoolHolidays none() {
        return new SchoolHolidays(List.of());
    }

    /** Holidays from lines such as "2026-12-21 2027-01-01 Christmas"; blank lines and "#" comments are skipped. */
    public static SchoolHolidays parse(String text) {
        List<Holiday> holidays = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            holidays.add(new Holiday(LocalDate.parse(parts[0]), LocalDate.parse(parts[1])));
        }
        return new SchoolHolidays(holidays);
    }

    /** The holidays in the content folder, or none when the file is missing. */
    public static SchoolHolidays fromContent() {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("content/school-holidays.txt")) {
            return in == null ? none() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read content/school-holidays.txt", e);
        }
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.stream().anyMatch(h -> !date.isBefore(h.first()) && !date.isAfter(h.last()));
    }
}
