package org.healthdirectory.listing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a listing is in its life. Only {@link #PUBLISHED} listings are public and searchable.
 */
public enum ListingStatus {
    DRAFT,
    PENDING,
    PUBLISHED,
    CHANGES_REQUESTED,
    PAUSED,
    ARCHIVED;

    private static final Map<ListingStatus, Set<ListingStatus>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(PENDING, ARCHIVED),
            PENDING, EnumSet.of(PUBLISHED, CHANGES_REQUESTED, ARCHIVED),
            CHANGES_REQUESTED, EnumSet.of(PENDING, ARCHIVED),
            PUBLISHED, EnumSet.of(PAUSED, PENDING, CHANGES_REQUESTED, ARCHIVED),
            PAUSED, EnumSet.of(PUBLISHED, ARCHIVED),
            ARCHIVED, EnumSet.of(PENDING));

    public boolean canMoveTo(ListingStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
