package org.healthdirectory.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.taxonomy.DomainRepository;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoContentTest {

    @Inject
    DemoContentLoader loader;

    @Inject
    ListingRepository listings;

    @Inject
    DomainRepository domains;

    @Test
    @Transactional
    void loadsAtLeastEightyPublishedListingsAcrossAllSixDomains() {
        assertTrue(listings.countPublished() >= 80, "published demo listings: " + listings.countPublished());
        Map<String, Long> byDomain = listings.countPublishedByDomain();
        assertEquals(6, domains.count());
        domains.listAll()
                .forEach(domain -> assertTrue(
                        byDomain.getOrDefault(domain.getSlug(), 0L) >= 10, domain.getSlug() + " has " + byDomain));
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = listings.count();
        assertEquals(0, loader.load());
        assertEquals(before, listings.count());
    }

    @Test
    @Transactional
    void placesInPersonVenuesOnTheMap() {
        long unplaced = listings.getEntityManager().createQuery("""
                select count(v) from Venue v where v.mode = org.healthdirectory.listing.VenueMode.IN_PERSON
                and (v.latitude is null or v.longitude is null)""", Long.class).getSingleResult();
        assertEquals(0, unplaced);
    }

    @Test
    @Transactional
    void belongsToTheDemoLocality() {
        long withoutLocality = listings.count("localities is empty");
        assertEquals(0, withoutLocality);
        // The dog walking group meets in M40: North Manchester, and only there.
        Listing dogWalking = listings.findById(java.util.UUID.fromString("069a8464-c41c-4424-ba42-17affba43221"));
        assertEquals(
                java.util.List.of("north-manchester"),
                dogWalking.getLocalities().stream().map(l -> l.getSlug()).toList());
    }
}
