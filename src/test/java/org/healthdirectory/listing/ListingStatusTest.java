package org.healthdirectory.listing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class ListingStatusTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Listing draft() {
        Organisation shelter = new Organisation(
                UUID.randomUUID(), "Cat and dog shelter", OrganisationType.CHARITY, "shelter@example.org", now);
        return new Listing(UUID.randomUUID(), shelter, "Dog walking", "Walk a shelter dog.", "Walk a dog.", now);
    }

    @Test
    void aNewListingGoesThroughModerationBeforeItIsPublished() {
        Listing listing = draft();
        assertThrows(IllegalStatusChangeException.class, () -> listing.moveTo(ListingStatus.PUBLISHED, now));
        listing.moveTo(ListingStatus.PENDING, now);
        listing.moveTo(ListingStatus.PUBLISHED, now);
        assertTrue(listing.isPublished());
        assertTrue(listing.getPublishedAt() != null);
    }

    @Test
    void aPublishedListingCanBePausedAndComeBack() {
        Listing listing = draft();
        listing.moveTo(ListingStatus.PENDING, now);
        listing.moveTo(ListingStatus.PUBLISHED, now);
        listing.moveTo(ListingStatus.PAUSED, now);
        assertFalse(listing.isPublished());
        listing.moveTo(ListingStatus.PUBLISHED, now);
        assertTrue(listing.isPublished());
    }

    @Test
    void anArchivedListingOnlyComesBackThroughModeration() {
        Listing listing = draft();
        listing.moveTo(ListingStatus.ARCHIVED, now);
        assertThrows(IllegalStatusChangeException.class, () -> listing.moveTo(ListingStatus.PUBLISHED, now));
        listing.moveTo(ListingStatus.PENDING, now);
    }

    @Test
    void changesRequestedGoesBackToTheQueueNotStraightToPublic() {
        assertFalse(ListingStatus.CHANGES_REQUESTED.canMoveTo(ListingStatus.PUBLISHED));
        assertTrue(ListingStatus.CHANGES_REQUESTED.canMoveTo(ListingStatus.PENDING));
    }
}
