package org.healthdirectory.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.EditableField;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingDetails;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationDetails;
import org.healthdirectory.web.DirectoryConfig;

/**
 * What a provider can do with their organisation's listings after signing in by email. Edits to a
 * published listing become a revision for the moderators: the public page stays as it was until
 * approval, unless the organisation is trusted. Every action is audited.
 */
@ApplicationScoped
public class ManageEntries {

    private final ListingRepository listings;
    private final Registration registration;
    private final RevisionRepository revisions;
    private final EmailLinks links;
    private final MailRequests mailRequests;
    private final ProviderSessions sessions;
    private final AuditLog auditLog;
    private final MailOutbox outbox;
    private final DirectoryConfig config;
    private final Clock clock;

    ManageEntries(
            ListingRepository listings,
            Registration registration,
            RevisionRepository revisions,
            EmailLinks links,
            MailRequests mailRequests,
            ProviderSessions sessions,
            AuditLog auditLog,
            MailOutbox outbox,
            DirectoryConfig config,
            Clock clock) {
        this.listings = listings;
        this.registration = registration;
        this.revisions = revisions;
        this.links = links;
        this.mailRequests = mailRequests;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Queues a sign-in link if the address belongs to an organisation, and returns a receipt either
     * way (a made-up one for an unknown address), so nobody can find out which addresses are known.
     * Empty only when rate-limited.
     */
    @Transactional
    public Optional<UUID> requestSignIn(String email, String ip) {
        String address = email.trim();
        if (!mailRequests.allow(address, ip)) {
            return Optional.empty();
        }
        if (ownedBy(address).isEmpty()) {
            return Optional.of(UUID.randomUUID());
        }
        Duration lifetime = config.mail().signInLinkLifetime();
        EmailLinks.Issued link = links.issue(EmailLink.Purpose.SIGN_IN, address, null, lifetime);
        return Optional.of(
                outbox.queue("sign-in", RegistrationMail.signIn(address, config.baseUrl(), link.secret(), lifetime)));
    }

    /** Uses a sign-in link (once, even when clicked twice at once); returns the secret for the session cookie. */
    @Transactional
    public Optional<String> signIn(String secret) {
        return links.redeem(secret, EmailLink.Purpose.SIGN_IN).map(link -> {
            auditLog.record(link.getEmail(), "provider.signed-in", "Provider", null, null, null, null);
            return sessions.start(link.getEmail());
        });
    }

    @Transactional
    public boolean isUsableSignIn(String secret) {
        return links.findUsable(secret, EmailLink.Purpose.SIGN_IN).isPresent();
    }

    @Transactional
    public List<Listing> ownedBy(String email) {
        return listings.list("""
                select l from Listing l join fetch l.organisation o
                where lower(o.contactEmail) = ?1 and l.status <> ?2 order by l.name""", email.trim().toLowerCase(Locale.ROOT), ListingStatus.ARCHIVED);
    }

    /** Whether this email manages the listing (its organisation's private address). */
    @Transactional
    public boolean isOwnedBy(String email, UUID id) {
        Listing listing = listings.findById(id);
        return listing != null
                && listing.getStatus() != ListingStatus.ARCHIVED
                && email.equalsIgnoreCase(listing.getOrganisation().getContactEmail());
    }

    /** The listing, if this email manages it; otherwise "not found", never "not yours". */
    @Transactional
    public Listing owned(String email, UUID id) {
        Listing listing = listings.findById(id);
        if (listing == null
                || listing.getStatus() == ListingStatus.ARCHIVED
                || listing.getOrganisation().getContactEmail() == null
                || !listing.getOrganisation().getContactEmail().equalsIgnoreCase(email)) {
            throw new NotFoundException();
        }
        return listing;
    }

    /** What happened to an edit, with what the provider is told (on the manage page and the reminder page). */
    public enum EditOutcome {
        /** A trusted organisation's live listing: the changes show at once. */
        PUBLISHED_NOW("Your changes are saved."),
        /** A live (or paused) listing: the changes wait for a moderator, the old details show until then. */
        SENT_FOR_CHECKING(
                "Thank you. Your changes have been sent for checking. Your listing shows the old details until then."),
        /** A listing that is not live yet: saved, and checked before it goes live. */
        SAVED_NOT_LIVE("Your changes are saved. We will check your listing before it goes live."),
        NO_CHANGE("You did not change anything.");

        public final String message;

        EditOutcome(String message) {
            this.message = message;
        }
    }

    @Transactional
    public EditOutcome edit(String email, UUID id, EditForm form) {
        Listing listing = owned(email, id);
        ListingDetails before = ListingDetails.of(listing);
        ListingDetails proposed = form.details();
        Set<EditableField> changed = proposed.changedFrom(before);
        if (changed.isEmpty()) {
            return EditOutcome.NO_CHANGE;
        }
        Map<String, Object> was = before.asMap(changed);
        Map<String, Object> now = proposed.asMap(changed);
        // A paused entry can go live again without a check, so its edits are checked like a live one's.
        boolean checked = listing.isPublished() || listing.getStatus() == ListingStatus.PAUSED;
        if (checked && !listing.getOrganisation().isTrusted()) {
            revisions.persist(Revision.edit(listing, proposed, changed, email, clock.instant()));
            auditLog.record(email, "listing.edit-proposed", "Listing", id, was, now, null);
            return EditOutcome.SENT_FOR_CHECKING;
        }
        before.with(proposed, changed).applyTo(listing);
        listing.confirm(clock.instant());
        if (listing.getStatus() == ListingStatus.CHANGES_REQUESTED) {
            // The moderators asked for changes: the changed entry goes back to them to check again.
            listing.moveTo(ListingStatus.PENDING, clock.instant());
            revisions.persist(Revision.newListing(listing, changed, email, clock.instant()));
            auditLog.record(email, "listing.resubmitted", "Listing", id, was, now, null);
            return EditOutcome.SAVED_NOT_LIVE;
        }
        auditLog.record(
                email,
                "listing.edited",
                "Listing",
                id,
                was,
                now,
                listing.isPublished() ? "trusted organisation: published at once" : null);
        if (listing.isPublished()) {
            // Kept as an approved revision, so moderators see trusted edits in the listing's history too.
            Revision revision = Revision.edit(listing, proposed, changed, email, clock.instant());
            revision.decide(
                    RevisionStatus.APPROVED, "system", "trusted organisation: published at once", clock.instant());
            revisions.persist(revision);
            return EditOutcome.PUBLISHED_NOW;
        }
        return EditOutcome.SAVED_NOT_LIVE;
    }

    /** The organisation of the signed-in provider's listings. */
    @Transactional
    public Organisation organisationOf(String email) {
        List<Listing> owned = ownedBy(email);
        if (owned.isEmpty()) {
            throw new NotFoundException();
        }
        return owned.get(0).getOrganisation();
    }

    /**
     * A change to the organisation's details: it waits for a moderator (shown with one of its listings,
     * so the moderators of that listing's localities see it), unless the organisation is trusted.
     */
    @Transactional
    public EditOutcome changeOrganisation(String email, OrganisationForm form) {
        Listing shownWith = ownedBy(email).stream().findFirst().orElseThrow(NotFoundException::new);
        Organisation organisation = shownWith.getOrganisation();
        OrganisationDetails before = OrganisationDetails.of(organisation);
        OrganisationDetails proposed = form.details();
        if (proposed.sameAs(before)) {
            return EditOutcome.NO_CHANGE;
        }
        Map<String, Object> was = new java.util.LinkedHashMap<>(before.byLabel());
        Map<String, Object> now = new java.util.LinkedHashMap<>(proposed.byLabel());
        Revision revision = Revision.organisation(shownWith, proposed, email, clock.instant());
        if (organisation.isTrusted()) {
            proposed.applyTo(organisation);
            revision.decide(
                    RevisionStatus.APPROVED, "system", "trusted organisation: published at once", clock.instant());
        }
        revisions.persist(revision);
        auditLog.record(
                email,
                organisation.isTrusted() ? "organisation.edited" : "organisation.edit-proposed",
                "Organisation",
                organisation.getId(),
                was,
                now,
                null);
        return organisation.isTrusted() ? EditOutcome.PUBLISHED_NOW : EditOutcome.SENT_FOR_CHECKING;
    }

    /** Links for a reminder email: each works for this one listing and this one action, without signing in. */
    public record ReminderLinks(String confirm, String edit) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public ReminderLinks reminderLinks(Listing listing) {
        String email = listing.getOrganisation().getContactEmail();
        Duration lifetime = config.freshness().linkLifetime();
        String confirm = links.issue(EmailLink.Purpose.CONFIRM_LISTING, email, listing, lifetime)
                .secret();
        String edit = links.issue(EmailLink.Purpose.EDIT_LISTING, email, listing, lifetime)
                .secret();
        String base = config.baseUrl() + "/reminders/" + listing.getId();
        return new ReminderLinks(base + "/still-correct?token=" + confirm, base + "/edit?token=" + edit);
    }

    /** The name of the listing a reminder link is for, if the link is usable for this listing and this action. */
    @Transactional
    public Optional<String> listingNameByLink(String secret, EmailLink.Purpose purpose, UUID id) {
        return byLink(secret, purpose, id).map(Listing::getName);
    }

    /** The edit form filled in from the listing, if the reminder's edit link is usable for it. */
    @Transactional
    public Optional<EditForm> editFormByLink(String secret, UUID id) {
        return byLink(secret, EmailLink.Purpose.EDIT_LISTING, id).map(EditForm::from);
    }

    private Optional<Listing> byLink(String secret, EmailLink.Purpose purpose, UUID id) {
        return links.findUsable(secret, purpose)
                .filter(link ->
                        link.getListing() != null && link.getListing().getId().equals(id))
                .map(EmailLink::getListing);
    }

    /** "Still correct" from a reminder email: one click, no sign-in. */
    @Transactional
    public boolean stillCorrectByLink(String secret, UUID id) {
        Optional<EmailLink> link = links.findUsable(secret, EmailLink.Purpose.CONFIRM_LISTING)
                .filter(l -> l.getListing() != null && l.getListing().getId().equals(id))
                .filter(links::redeem);
        link.ifPresent(l -> stillCorrect(l.getEmail(), id));
        return link.isPresent();
    }

    /** An edit sent from the form a reminder link opened. The link is used up by the edit. */
    @Transactional
    public Optional<EditOutcome> editByLink(String secret, UUID id, EditForm form) {
        Optional<EmailLink> link = links.findUsable(secret, EmailLink.Purpose.EDIT_LISTING)
                .filter(l -> l.getListing() != null && l.getListing().getId().equals(id))
                .filter(links::redeem);
        return link.map(l -> edit(l.getEmail(), id, form));
    }

    /** Adds another activity for the signed-in provider's organisation. */
    @Transactional
    public Listing addListing(String email, RegistrationForm form) {
        List<Listing> owned = ownedBy(email);
        if (owned.isEmpty()) {
            throw new NotFoundException();
        }
        return registration.addListing(owned.get(0).getOrganisation(), form, email);
    }

    @Transactional
    public void stillCorrect(String email, UUID id) {
        Listing listing = owned(email, id);
        var before = listing.getLastConfirmedAt().toString();
        listing.confirm(clock.instant());
        auditLog.record(
                email,
                "listing.confirmed",
                "Listing",
                id,
                Map.of("lastConfirmedAt", before),
                Map.of("lastConfirmedAt", listing.getLastConfirmedAt().toString()),
                null);
        // A listing the freshness job hid for want of confirmation comes back as soon as it is confirmed.
        if (listing.republishIfOutOfDate(clock.instant())) {
            auditLog.record(
                    email,
                    "listing.republished",
                    "Listing",
                    id,
                    Map.of("status", "PAUSED", "pausedReason", "OUT_OF_DATE"),
                    Map.of("status", "PUBLISHED"),
                    "confirmed after it was hidden as out of date");
        }
    }

    @Transactional
    public void pause(String email, UUID id) {
        move(email, id, ListingStatus.PAUSED, "listing.paused");
    }

    @Transactional
    public void resume(String email, UUID id) {
        move(email, id, ListingStatus.PUBLISHED, "listing.resumed");
    }

    /** Removed listings are archived: gone from the site at once, deleted for good after 30 days. */
    @Transactional
    public void remove(String email, UUID id) {
        move(email, id, ListingStatus.ARCHIVED, "listing.removed");
    }

    private void move(String email, UUID id, ListingStatus next, String action) {
        Listing listing = owned(email, id);
        ListingStatus before = listing.getStatus();
        // A moderator's suspension can only be lifted by a moderator.
        if (next == ListingStatus.PUBLISHED && (before != ListingStatus.PAUSED || listing.isSuspended())) {
            throw new NotFoundException();
        }
        listing.moveTo(next, clock.instant());
        auditLog.record(
                email, action, "Listing", id, Map.of("status", before.name()), Map.of("status", next.name()), null);
    }
}
