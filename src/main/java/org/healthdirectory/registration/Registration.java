package org.healthdirectory.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.geo.Coordinates;
import org.healthdirectory.geo.LocalityRepository;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.notification.OutgoingMail;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationRepository;
import org.healthdirectory.organisation.OrganisationType;
import org.healthdirectory.schedule.SessionPattern;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.web.DirectoryConfig;

/**
 * Listing an activity without an account: the entry is saved as a draft and an email link is sent.
 * Only when the link is used does it go to the moderators; it is public only once they approve it.
 */
@ApplicationScoped
public class Registration {

    public sealed interface Outcome {
        record LinkSent() implements Outcome {}

        record TooManyEmails() implements Outcome {}
    }

    private final OrganisationRepository organisations;
    private final ListingRepository listings;
    private final DomainRepository domains;
    private final LocalityRepository localities;
    private final RevisionRepository revisions;
    private final PostcodeLookup postcodes;
    private final EmailLinks links;
    private final MailRequests mailRequests;
    private final AuditLog auditLog;
    private final Event<OutgoingMail> mail;
    private final DirectoryConfig config;
    private final Clock clock;

    Registration(
            OrganisationRepository organisations,
            ListingRepository listings,
            DomainRepository domains,
            LocalityRepository localities,
            RevisionRepository revisions,
            PostcodeLookup postcodes,
            EmailLinks links,
            MailRequests mailRequests,
            AuditLog auditLog,
            Event<OutgoingMail> mail,
            DirectoryConfig config,
            Clock clock) {
        this.organisations = organisations;
        this.listings = listings;
        this.domains = domains;
        this.localities = localities;
        this.revisions = revisions;
        this.postcodes = postcodes;
        this.links = links;
        this.mailRequests = mailRequests;
        this.auditLog = auditLog;
        this.mail = mail;
        this.config = config;
        this.clock = clock;
    }

    /** Where a postcode is, for the form's own check before anything is saved. */
    @Transactional
    public Optional<Coordinates> locate(String postcode) {
        return postcodes.locate(postcode);
    }

    @Transactional
    public Outcome register(RegistrationForm form, String ip) {
        String email = form.email.trim();
        if (!mailRequests.allow("registration", email, ip)) {
            return new Outcome.TooManyEmails();
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation(
                UUID.randomUUID(), form.organisationName.trim(), OrganisationType.COMMUNITY_GROUP, email, now);
        organisation.setWebsite(blankToNull(form.website));
        organisation.setRegistrationNumbers(blankToNull(form.charityNumber), blankToNull(form.companyNumber));
        organisations.persist(organisation);

        Listing listing = newListing(organisation, form, now);

        EmailLinks.Issued link = links.issue(
                EmailLink.Purpose.CONFIRM_REGISTRATION,
                email,
                listing,
                config.mail().linkLifetime());
        auditLog.record(
                email,
                "listing.registered",
                "Listing",
                listing.getId(),
                null,
                Map.of("status", listing.getStatus().name(), "name", listing.getName()),
                null);
        mail.fire(RegistrationMail.confirm(
                email,
                listing.getName(),
                config.baseUrl(),
                link.secret(),
                config.mail().linkLifetime()));
        return new Outcome.LinkSent();
    }

    /** A signed-in provider adds another activity: their email is already proven, so it goes to the moderators. */
    @Transactional
    public Listing addListing(Organisation organisation, RegistrationForm form, String email) {
        Instant now = clock.instant();
        Listing listing = newListing(organisation, form, now);
        listing.moveTo(ListingStatus.PENDING, now);
        revisions.persist(new Revision(
                UUID.randomUUID(),
                RevisionKind.NEW_LISTING,
                listing,
                organisation,
                Map.of("name", listing.getName()),
                email,
                now));
        auditLog.record(
                email,
                "listing.added",
                "Listing",
                listing.getId(),
                null,
                Map.of("status", listing.getStatus().name(), "name", listing.getName()),
                null);
        return listing;
    }

    private Listing newListing(Organisation organisation, RegistrationForm form, Instant now) {
        String description = form.description.trim();
        Listing listing = new Listing(
                UUID.randomUUID(), organisation, form.activityName.trim(), summaryOf(description), description, now);
        form.domains.forEach(slug -> domains.findBySlug(slug).ifPresent(listing.getDomains()::add));
        listing.setCost(form.cost == null || form.cost.isBlank() ? Cost.FREE : Cost.valueOf(form.cost));
        listing.setContact(blankToNull(form.phone), blankToNull(form.publicEmail), blankToNull(form.website));
        listing.setAudiences(form.audiences);
        listing.setAccessibility(form.accessibility);
        listing.setLanguages(form.languages.isEmpty() ? List.of("en") : form.languages);
        listing.addVenue(venue(form));
        if (form.day != null && !form.day.isBlank()) {
            LocalTime start = form.startTime == null || form.startTime.isBlank()
                    ? null
                    : LocalTime.parse(form.startTime.length() == 4 ? "0" + form.startTime : form.startTime);
            listing.addSession(new Session(
                    UUID.randomUUID(), SessionPattern.weekly(List.of(Session.dayOf(form.day)), start, null)));
        }
        String outcode = Postcode.parse(form.postcode).map(Postcode::outcode).orElse(null);
        localities.listAll().stream()
                .filter(l -> outcode == null || l.covers(outcode))
                .forEach(listing.getLocalities()::add);
        listings.persist(listing);
        return listing;
    }

    /** Uses the link: the draft goes to the moderators. Empty if the link is unknown, used or expired. */
    @Transactional
    public Optional<Listing> confirm(String secret) {
        Optional<EmailLink> found = links.findUsable(secret, EmailLink.Purpose.CONFIRM_REGISTRATION);
        found.ifPresent(link -> {
            links.use(link);
            Listing listing = link.getListing();
            listing.moveTo(ListingStatus.PENDING, clock.instant());
            revisions.persist(new Revision(
                    UUID.randomUUID(),
                    RevisionKind.NEW_LISTING,
                    listing,
                    listing.getOrganisation(),
                    Map.of("name", listing.getName()),
                    link.getEmail(),
                    clock.instant()));
            auditLog.record(
                    link.getEmail(),
                    "listing.email-confirmed",
                    "Listing",
                    listing.getId(),
                    Map.of("status", "DRAFT"),
                    Map.of("status", "PENDING"),
                    null);
        });
        return found.map(EmailLink::getListing);
    }

    /** Whether a link is still good, to show the confirm button or a clear refusal. */
    @Transactional
    public boolean isUsable(String secret) {
        return links.findUsable(secret, EmailLink.Purpose.CONFIRM_REGISTRATION).isPresent();
    }

    private Venue venue(RegistrationForm form) {
        return switch (form.where) {
            case "online" -> new Venue(UUID.randomUUID(), VenueMode.ONLINE, null, null, null);
            case "at-home" -> new Venue(UUID.randomUUID(), VenueMode.AT_HOME, null, null, null);
            default -> {
                Postcode postcode = Postcode.parse(form.postcode).orElseThrow();
                Venue venue = new Venue(UUID.randomUUID(), VenueMode.IN_PERSON, null, null, postcode.display());
                postcodes.locate(postcode).ifPresent(at -> venue.locate(at.latitude(), at.longitude()));
                yield venue;
            }
        };
    }

    /** The first sentence, as a summary for search results (providers can change it later). */
    static String summaryOf(String description) {
        String firstSentence = description.split("(?<=[.!?])\\s+", 2)[0].trim();
        return firstSentence.length() <= 200
                ? firstSentence
                : firstSentence.substring(0, 197).trim() + "...";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
