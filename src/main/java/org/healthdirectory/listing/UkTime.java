package org.healthdirectory.listing;

import java.time.ZoneId;

/** The directory's one time zone: dates people read and daily schedules are in UK time. */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {}
}
