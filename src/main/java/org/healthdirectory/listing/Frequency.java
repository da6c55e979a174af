package org.healthdirectory.listing;

/** How a session repeats. "Every N weeks" and "every N months" are WEEKLY and MONTHLY with an interval. */
public enum Frequency {
    WEEKLY,
    MONTHLY,
    /** Only on the dates listed. */
    DATES,
    /** No set times: people arrange a time with the group. */
    BY_APPOINTMENT
}
