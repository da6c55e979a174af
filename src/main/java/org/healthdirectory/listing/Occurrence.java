package org.healthdirectory.listing;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/** One date a session runs, with its start and end in UK time (both null when the group gave no times). */
public record Occurrence(LocalDate date, ZonedDateTime start, ZonedDateTime end) {

    public boolean hasTimes() {
        return start != null;
    }
}
