package org.healthdirectory.content;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.geo.Locality;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingRules;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationRepository;
import org.healthdirectory.organisation.OrganisationType;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.taxonomy.TagRepository;
import org.jboss.logging.Logger;

/**
 * Loads the invented demo organisations and listings from content/demo/listings.json as published
 * entries. Idempotent: anything whose id is already in the database is left alone, so a restart
 * never duplicates or overwrites demo content. Only runs when directory.demo-content.enabled is set.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);

    private final OrganisationRepository organisations;
    private final ListingRepository listings;
    private final DomainRepository domains;
    private final TagRepository tags;
    private final ListingRules rules;
    private final PostcodeLookup postcodes;
    private final Clock clock;

    DemoContentLoader(
            OrganisationRepository organisations,
            ListingRepository listings,
            DomainRepository domains,
            TagRepository tags,
            ListingRules rules,
            PostcodeLookup postcodes,
            Clock clock) {
        this.organisations = organisations;
        this.listings = listings;
        this.domains = domains;
        this.tags = tags;
        this.rules = rules;
        this.postcodes = postcodes;
        this.clock = clock;
    }

    /**
     * Returns how many listings were added (0 when the demo content is already there). One transaction, so a
     * half-loaded demo never shows; it may take over a minute on a cold, busy two-core machine.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public int load() {
        DemoListings demo = ContentFiles.readJson("demo/listings.json", new TypeReference<>() {});
        Instant now = clock.instant();
        for (DemoListings.Organisation entry : demo.organisations()) {
            UUID id = UUID.fromString(entry.id());
            if (organisations.findById(id) == null) {
                Organisation organisation = new Organisation(
                        id, entry.name(), OrganisationType.valueOf(entry.type()), entry.contactEmail(), now);
                organisation.setRegistrationNumbers(entry.charityNumber(), null);
                organisation.setWebsite(entry.website());
                organisations.persist(organisation);
            }
        }
        List<Locality> allLocalities = rules.allLocalities();
        int added = 0;
        for (DemoListings.Listing entry : demo.listings()) {
            UUID id = UUID.fromString(entry.id());
            if (listings.findById(id) == null) {
                listings.persist(toListing(id, entry, allLocalities, now));
                added++;
            }
        }
        LOG.infof(
                "Demo content: %d listings added, %d already present",
                added, demo.listings().size() - added);
        return added;
    }

    private Listing toListing(UUID id, DemoListings.Listing entry, List<Locality> allLocalities, Instant now) {
        Organisation organisation = organisations.findById(UUID.fromString(entry.organisationId()));
        Listing listing = new Listing(id, organisation, entry.name(), entry.summary(), entry.description(), now);
        listing.setCost(Cost.valueOf(entry.cost()));
        listing.setCostDetail(entry.costDetail());
        listing.setHowToJoin(entry.howToJoin() == null ? null : HowToJoin.valueOf(entry.howToJoin()));
        listing.setHowToJoinDetail(entry.howToJoinDetail());
        listing.setAgeRange(entry.minAge(), entry.maxAge());
        listing.setAudiences(entry.audiences());
        listing.setAccessibility(entry.accessibility());
        listing.setLanguages(entry.languages());
        if (entry.contact() != null) {
            listing.setContact(
                    entry.contact().phone(),
                    entry.contact().email(),
                    entry.contact().website());
        }
        listing.setTakingNewPeople(entry.takingNewPeople());
        if (entry.professional() != null) {
            listing.setProfessionalDetails(
                    entry.professional().referralDetails(),
                    entry.professional().contact(),
                    entry.professional().capacity());
        }
        entry.domains()
                .forEach(slug -> listing.getDomains()
                        .add(domains.findBySlug(slug)
                                .orElseThrow(() -> new IllegalStateException(
                                        "Demo listing " + id + " names unknown domain " + slug))));
        listing.getTags().addAll(tags.findBySlugs(entry.tags()));

        listing.addVenue(toVenue(entry.venue()));
        ListingRules.assignLocalities(listing, allLocalities);
        for (DemoListings.Session session : entry.sessions()) {
            listing.addSession(toSession(session));
        }
        listing.moveTo(ListingStatus.PENDING, now);
        listing.moveTo(ListingStatus.PUBLISHED, now);
        listing.confirm(now.minus(Duration.ofDays(entry.lastConfirmedDaysAgo())));
        return listing;
    }

    private Venue toVenue(DemoListings.Venue entry) {
        VenueMode mode = VenueMode.valueOf(entry.mode());
        String postcode =
                Postcode.parse(entry.postcode()).map(Postcode::display).orElse(null);
        Venue venue = new Venue(UUID.randomUUID(), mode, entry.name(), entry.address(), postcode);
        if (postcode != null) {
            postcodes.locate(postcode).ifPresent(at -> venue.locate(at.latitude(), at.longitude()));
        }
        return venue;
    }

    private static Session toSession(DemoListings.Session entry) {
        SessionPattern pattern = new SessionPattern(
                        Frequency.valueOf(entry.frequency()),
                        entry.interval() == null ? 1 : entry.interval(),
                        entry.days().stream().map(Session::dayOf).toList(),
                        entry.monthWeek(),
                        null,
                        null,
                        null,
                        null,
                        entry.start() == null ? null : LocalTime.parse(entry.start()),
                        entry.end() == null ? null : LocalTime.parse(entry.end()),
                        false,
                        false,
                        null)
                .termTimeOnly(entry.termTimeOnly());
        Session session = new Session(UUID.randomUUID(), pattern);
        session.setNote(entry.note());
        return session;
    }
}
