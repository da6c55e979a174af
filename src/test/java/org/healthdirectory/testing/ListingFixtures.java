package org.healthdirectory.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationRepository;
import org.healthdirectory.organisation.OrganisationType;
import org.healthdirectory.taxonomy.DomainRepository;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;

/** Creates and changes listings for tests, each step in its own transaction as the app would. */
@ApplicationScoped
public class ListingFixtures {

    private final ListingRepository listings;
    private final OrganisationRepository organisations;
    private final DomainRepository domains;
    private final SearchSession searchSession;
    private final SearchMapping searchMapping;
    private final Clock clock;

    ListingFixtures(
            ListingRepository listings,
            OrganisationRepository organisations,
            DomainRepository domains,
            SearchSession searchSession,
            SearchMapping searchMapping,
            Clock clock) {
        this.searchMapping = searchMapping;
        this.listings = listings;
        this.organisations = organisations;
        this.domains = domains;
        this.searchSession = searchSession;
        this.clock = clock;
    }

    /** A new draft listing, in physical activity, with a unique word in its name to search for. */
    @Transactional
    public UUID draft(String name) {
        Organisation organisation = new Organisation(
                UUID.randomUUID(),
                "Test group " + name,
                OrganisationType.COMMUNITY_GROUP,
                "test@example.org",
                clock.instant());
        organisations.persist(organisation);
        Listing listing = new Listing(
                UUID.randomUUID(),
                organisation,
                name,
                "A test activity.",
                "A test activity for automated checks.",
                clock.instant());
        listing.getDomains().add(domains.findBySlug("physical-activity").orElseThrow());
        listing.addVenue(new Venue(UUID.randomUUID(), VenueMode.ONLINE, null, null, null));
        listings.persist(listing);
        return listing.getId();
    }

    /** A new draft listing of the same organisation as another one. */
    @Transactional
    public UUID draftAlongside(UUID otherListing, String name) {
        Listing listing = new Listing(
                UUID.randomUUID(),
                listings.findById(otherListing).getOrganisation(),
                name,
                "A test activity.",
                "A test activity for automated checks.",
                clock.instant());
        listing.getDomains().add(domains.findBySlug("physical-activity").orElseThrow());
        listing.addVenue(new Venue(UUID.randomUUID(), VenueMode.ONLINE, null, null, null));
        listings.persist(listing);
        return listing.getId();
    }

    /** Replaces the listing's sessions (at its first venue) and says how people join. */
    @Transactional
    public void setSessions(UUID id, HowToJoin howToJoin, SessionPattern... patterns) {
        Listing listing = listings.findById(id);
        listing.setHowToJoin(howToJoin);
        listing.getSessions().clear();
        for (SessionPattern pattern : patterns) {
            Session session = new Session(UUID.randomUUID(), pattern);
            session.setVenue(listing.getVenues().get(0));
            listing.addSession(session);
        }
    }

    /** Gives the listing an in-person venue at this position, after the venues it has. */
    @Transactional
    public void addVenueAt(UUID id, String postcode, double latitude, double longitude) {
        Venue venue =
                new Venue(UUID.randomUUID(), VenueMode.IN_PERSON, "Hall in " + postcode, "1 High Street", postcode);
        venue.locate(latitude, longitude);
        listings.findById(id).addVenue(venue);
    }

    @Transactional
    public void move(UUID id, ListingStatus... steps) {
        Listing listing = listings.findById(id);
        for (ListingStatus step : steps) {
            listing.moveTo(step, clock.instant());
        }
    }

    @Transactional
    public void rename(UUID id, String name) {
        listings.findById(id).setName(name);
    }

    @Transactional
    public void setContactEmail(UUID id, String email) {
        listings.getEntityManager()
                .createNativeQuery(
                        "update organisation set contact_email = ?1 where id = (select organisation_id from listing where id = ?2)")
                .setParameter(1, email)
                .setParameter(2, id)
                .executeUpdate();
    }

    @Transactional
    public void setLastConfirmedDaysAgo(UUID id, int days) {
        listings.getEntityManager()
                .createNativeQuery(
                        "update listing set last_confirmed_at = now() - make_interval(days => ?1) where id = ?2")
                .setParameter(1, days)
                .setParameter(2, id)
                .executeUpdate();
    }

    @Transactional
    public long daysSinceConfirmed(UUID id) {
        listings.getEntityManager().clear();
        return java.time.Duration.between(listings.findById(id).getLastConfirmedAt(), clock.instant())
                .toDays();
    }

    /** Waits until every change so far has reached the search index (the outbox is empty) and can be found. */
    public void awaitIndexed() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> pendingIndexEvents() == 0);
        // Written is not yet searchable: OpenSearch shows new documents at its next refresh (up to 1 s).
        refreshIndex();
    }

    @Transactional
    long pendingIndexEvents() {
        return ((Number) listings.getEntityManager()
                        .createNativeQuery("select count(*) from hsearch_outbox_event")
                        .getSingleResult())
                .longValue();
    }

    /** Makes everything written to the index so far visible to searches. */
    public void refreshIndex() {
        // Through the mapping, not the session: callers may be on a thread with no request context.
        searchMapping.scope(Listing.class).workspace().refresh();
    }

    /** How many indexed listings match a word in their name. */
    @Transactional
    public long searchHits(String word) {
        return searchSession
                .search(Listing.class)
                .where(f -> f.match().field("name").matching(word))
                .fetchTotalHitCount();
    }
}
