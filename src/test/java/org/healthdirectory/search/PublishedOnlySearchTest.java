package org.healthdirectory.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.testing.ListingFixtures;
import org.junit.jupiter.api.Test;

/** Only published listings can be found; leaving "published" takes a listing out of search. */
@QuarkusTest
class PublishedOnlySearchTest {

    @Inject
    ListingFixtures fixtures;

    @Test
    void draftsAndPendingListingsAreNeverSearchable() {
        String word = unique("zumbadraft");
        UUID id = fixtures.draft(word);
        fixtures.move(id, ListingStatus.PENDING);
        // Wait on real conditions, not time: the outbox is empty (every change so far, the pending listing's
        // included, has been dealt with), a listing published after it is searchable (the indexer ran),
        // and the index is refreshed (anything written to it is visible).
        String control = unique("zumbacontrol");
        UUID published = fixtures.draft(control);
        fixtures.move(published, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        fixtures.awaitIndexed();
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(control) == 1);
        fixtures.refreshIndex();
        assertEquals(0, fixtures.searchHits(word));

        // The same listing is found as soon as it is published: the search above could have found it.
        fixtures.move(id, ListingStatus.PUBLISHED);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(word) == 1);
    }

    @Test
    void pausingOrArchivingTakesAListingOutOfSearch() {
        String word = unique("zumbapause");
        UUID id = fixtures.draft(word);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(word) == 1);

        fixtures.move(id, ListingStatus.PAUSED);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(word) == 0);

        fixtures.move(id, ListingStatus.PUBLISHED);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(word) == 1);

        fixtures.move(id, ListingStatus.ARCHIVED);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(word) == 0);
    }

    @Test
    void editsToAPublishedListingReachTheIndex() {
        String before = unique("zumbaold");
        String after = unique("zumbanew");
        UUID id = fixtures.draft(before);
        fixtures.move(id, ListingStatus.PENDING, ListingStatus.PUBLISHED);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(before) == 1);

        fixtures.rename(id, after);
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.searchHits(after) == 1);
        assertEquals(0, fixtures.searchHits(before));
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }
}
