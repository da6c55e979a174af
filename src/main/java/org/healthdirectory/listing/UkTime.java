package org.healthdirectory.listing;

import java.time.ZoneId;

/** The directory's one time zone: dates people read and daily schedules are in UK time. */
public final class UkTime {

    /** For annotations, which take the zone's name. */
    public static final String ID = "Europe/London";

    public static final ZoneId ZONE = ZoneId.of(ID);

    private UkTime() {}
}
