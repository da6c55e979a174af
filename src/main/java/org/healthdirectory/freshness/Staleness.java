package org.healthdirectory.freshness;

import java.time.Instant;
import java.time.LocalDate;
import org.healthdirectory.listing.UkTime;

/**
 * The one rule for "not confirmed for N months", used by the reminder job, the public page and search:
 * a listing last confirmed on 10 March (UK date) reaches 6 months on 10 September. From 31 August it
 * reaches 6 months on 28 February, as {@link LocalDate#plusMonths} counts.
 */
public final class Staleness {

    private Staleness() {}

    /** True from the day the listing is {@code months} months unconfirmed. */
    public static boolean reached(Instant lastConfirmed, LocalDate today, int months) {
        return !LocalDate.ofInstant(lastConfirmed, UkTime.ZONE)
                .plusMonths(months)
                .isAfter(today);
    }

    /**
     * The earliest confirmation that is still under {@code months} old on {@code today}: the same rule as
     * {@link #reached} as one instant, for search queries. Confirmed before it means the months are reached.
     */
    public static Instant freshSince(LocalDate today, int months) {
        LocalDate first = today.minusMonths(months);
        // plusMonths and minusMonths do not undo each other at the end of a month: step to the exact day.
        while (!first.plusMonths(months).isAfter(today)) {
            first = first.plusDays(1);
        }
        while (first.minusDays(1).plusMonths(months).isAfter(today)) {
            first = first.minusDays(1);
        }
        return first.atStartOfDay(UkTime.ZONE).toInstant();
    }
}
