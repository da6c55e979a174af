package org.healthdirectory.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.geo.Coordinates;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingRules;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.Session;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationRepository;
import org.healthdirectory.organisation.OrganisationType;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.UkDate;

/**
 * Listing an activity without an account: the entry is saved as a draft and an email link is sent.
 * Only when the link is used does it go to the moderators; it is public only once they approve it.
 */
@ApplicationScoped
public class Registration {

    public sealed interface Outcome {
        /** The email is queued; the receipt lets the next page say whether it has gone. */
        record LinkSent(UUID receipt) implements Outcome {}

        record TooManyEmails() implements Outcome {}
    }

    private final OrganisationRepository organisations;
    private final ListingRepository listings;
    private final DomainRepository domains;
    private final ListingRules rules;
    private final RevisionRepository revisions;
    private final PostcodeLookup postcodes;
    private final EmailLinks links;
    private final MailRequests mailRequests;
    private final AuditLog auditLog;
    private final MailOutbox outbox;
    private final DirectoryConfig config;
    private final Clock clock;

    Registration(
            OrganisationRepository organisations,
            ListingRepository listings,
            DomainRepository domains,
            ListingRules rules,
            RevisionRepository revisions,
            PostcodeLookup postcodes,
            EmailLinks links,
            MailRequests mailRequests,
            AuditLog auditLog,
            MailOutbox outbox,
            DirectoryConfig config,
            Clock clock) {
        this.organisations = organisations;
        this.listings = listings;
        this.domains = domains;
        this.rules = rules;
        this.revisions = revisions;
        this.postcodes = postcodes;
        this.links = links;
        this.mailRequests = mailRequests;
        this.auditLog = auditLog;
        this.outbox = outbox;
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
        if (!mailRequests.allow(email, ip)) {
            return new Outcome.TooManyEmails();
        }
        Instant now = clock.instant();
        Organisation organisation = new Organisation(
                UUID.randomUUID(), form.organisationName.trim(), OrganisationType.COMMUNITY_GROUP, email, now);
        organisation.setWebsite(FieldRules.blankToNull(form.website));
        organisation.setRegistrationNumbers(
                FieldRules.blankToNull(form.charityNumber), FieldRules.blankToNull(form.companyNumber));
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
        UUID receipt = outbox.queue(
                "registration",
                RegistrationMail.confirm(
                        email,
                        listing.getName(),
                        config.baseUrl(),
                        link.secret(),
                        config.mail().linkLifetime()));
        return new Outcome.LinkSent(receipt);
    }

    /** A signed-in provider adds another activity: their email is already proven, so it goes to the moderators. */
    @Transactional
    public Listing addListing(Organisation organisation, RegistrationForm form, String email) {
        Instant now = clock.instant();
        Listing listing = newListing(organisation, form, now);
        listing.moveTo(ListingStatus.PENDING, now);
        revisions.persist(Revision.newListing(listing, Set.of(), email, now));
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
        String description = form.description.strip();
        Listing listing = new Listing(
                UUID.randomUUID(),
                organisation,
                form.activityName.strip(),
                ListingRules.summaryOf(description),
                description,
                now);
        form.domains.forEach(slug -> domains.findBySlug(slug).ifPresent(listing.getDomains()::add));
        String cost = FieldRules.blankToNull(form.cost);
        listing.setCost(cost == null ? null : Cost.valueOf(cost));
        String howToJoin = FieldRules.blankToNull(form.howToJoin);
        listing.setHowToJoin(howToJoin == null ? null : HowToJoin.valueOf(howToJoin));
        listing.setAgeRange(FieldRules.number(form.minAge), FieldRules.number(form.maxAge));
        listing.setContact(
                FieldRules.blankToNull(form.phone),
                FieldRules.blankToNull(form.publicEmail),
                FieldRules.blankToNull(form.website));
        listing.setAudiences(form.audiences);
        listing.setAccessibility(form.accessibility);
        listing.setLanguages(form.languages);
        listing.addVenue(venue(form));
        session(form).ifPresent(listing::addSession);
        rules.assignLocalities(listing);
        listings.persist(listing);
        return listing;
    }

    /**
     * "When", if the provider gave days: how often, days and times. Every other week counts from the
     * next session's date; once a month is on the same weekday of the month as that date (the 2nd
     * Tuesday, or the last one when it is in the fifth week).
     */
    private static Optional<Session> session(RegistrationForm form) {
        if (form.days.isEmpty()) {
            return Optional.empty();
        }
        List<DayOfWeek> days = form.days.stream().map(Session::dayOf).toList();
        LocalTime start = FieldRules.time(form.startTime);
        LocalTime end = FieldRules.time(form.endTime);
        String frequency = FieldRules.blankToNull(form.frequency);
        LocalDate next = UkDate.parse(form.nextDate).orElse(null);
        SessionPattern pattern = switch (frequency == null ? "WEEKLY" : frequency) {
            case "FORTNIGHTLY" -> SessionPattern.everyWeeks(2, next, days, start, end);
            // The form's checks make sure the next session's date is given for these two.
            case "MONTHLY" ->
                SessionPattern.monthlyOnWeekday(weekOfMonth(next), next.getDayOfWeek(), start, end)
                        .between(next, null);
            default -> SessionPattern.weekly(days, start, end);
        };
        return Optional.of(new Session(UUID.randomUUID(), pattern));
    }

    /** 1 to 4 for the first to fourth of that weekday in its month; -1 (the last) for the fifth. */
    static int weekOfMonth(LocalDate date) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        return nth == 5 ? -1 : nth;
    }

    /**
     * Uses the link: the draft goes to the moderators. Empty if the link is unknown, used or expired,
     * including when the same link was used a moment ago by a second click (see EmailLinks#redeem).
     */
    @Transactional
    public Optional<Listing> confirm(String secret) {
        Optional<EmailLink> found = links.redeem(secret, EmailLink.Purpose.CONFIRM_REGISTRATION);
        found.ifPresent(link -> {
            Listing listing = link.getListing();
            listing.moveTo(ListingStatus.PENDING, clock.instant());
            revisions.persist(Revision.newListing(listing, Set.of(), link.getEmail(), clock.instant()));
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
                Venue venue = new Venue(
                        UUID.randomUUID(),
                        VenueMode.IN_PERSON,
                        FieldRules.blankToNull(form.venueName),
                        FieldRules.blankToNull(form.address),
                        postcode.display());
                postcodes.locate(postcode).ifPresent(at -> venue.locate(at.latitude(), at.longitude()));
                yield venue;
            }
        };
    }
}
