package org.healthdirectory.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.WhenWhere;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.registration.ManageEntries.EditOutcome;

/**
 * Saves a provider's "When and where", with the same outcomes (and messages) as other edits. A live (or paused) listing of an organisation that is not trusted
 * keeps its published times until a moderator approves: the change waits as a WHEN_WHERE revision. A newer
 * change replaces one still waiting, so a moderator never approves an out-of-date one after it. Saves for
 * one listing take turns on its row (two tabs sending at once), and the database keeps at most one
 * waiting change per listing.
 */
@ApplicationScoped
public class WhenWhereChanges {

    private final ManageEntries manage;
    private final ListingRepository listings;
    private final RevisionRepository revisions;
    private final AuditLog auditLog;
    private final Clock clock;

    WhenWhereChanges(
            ManageEntries manage,
            ListingRepository listings,
            RevisionRepository revisions,
            AuditLog auditLog,
            Clock clock) {
        this.manage = manage;
        this.listings = listings;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What the provider sees on the page: their name for it, the change still waiting or else the listing as it is. */
    public record Current(String listingName, WhenWhere whenWhere, boolean waiting, String calendarUrl) {}

    @Transactional
    public Current current(String email, UUID id) {
        Listing listing = manage.owned(email, id);
        Optional<Revision> waiting = waiting(listing);
        return new Current(
                listing.getName(),
                waiting.map(Revision::getWhenWhere).orElseGet(() -> WhenWhere.of(listing)),
                waiting.isPresent(),
                listing.getCalendarUrl());
    }

    @Transactional
    public EditOutcome save(String email, UUID id, WhenWhere proposed) {
        // Take turns: a second save for this listing waits here, then finds (and replaces) the first one's change.
        listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        return propose(manage.owned(email, id), proposed, email, email);
    }

    /**
     * The sessions read from the provider's calendar, at the listing's places: a change like any other,
     * so it waits for a moderator unless the organisation is trusted, and is not proposed twice.
     */
    @Transactional
    public EditOutcome fromCalendar(UUID id, List<ICalendarReader.Read> sessions) {
        Listing listing =
                listings.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (listing == null || listing.getCalendarUrl() == null) {
            return EditOutcome.NO_CHANGE;
        }
        List<WhenWhere.Place> places = WhenWhere.of(listing).places();
        if (places.isEmpty()) {
            return EditOutcome.NO_CHANGE;
        }
        Map<Integer, List<WhenWhere.Time>> times = new HashMap<>();
        for (ICalendarReader.Read read : sessions) {
            times.computeIfAbsent(placeOf(read.location(), places), k -> new ArrayList<>())
                    .add(new WhenWhere.Time(read.pattern(), null));
        }
        List<WhenWhere.Place> proposed = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            WhenWhere.Place p = places.get(i);
            proposed.add(new WhenWhere.Place(
                    p.id(),
                    p.mode(),
                    p.name(),
                    p.address(),
                    p.postcode(),
                    p.latitude(),
                    p.longitude(),
                    times.getOrDefault(i, List.of())));
        }
        // Sent in "by" the organisation's contact, so the moderator's decision reaches the provider.
        return propose(
                listing,
                new WhenWhere(proposed),
                "calendar " + listing.getCalendarUrl(),
                listing.getOrganisation().getContactEmail());
    }

    /** The place whose name the calendar's LOCATION starts with, else the first one. */
    private static int placeOf(String location, List<WhenWhere.Place> places) {
        for (int i = 0; location != null && i < places.size(); i++) {
            String name = places.get(i).name();
            if (name != null && location.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return 0;
    }

    private EditOutcome propose(Listing listing, WhenWhere proposed, String actor, String submittedBy) {
        UUID id = listing.getId();
        Instant now = clock.instant();
        Optional<Revision> waiting = waiting(listing);
        WhenWhere published = WhenWhere.of(listing);
        if (waiting.map(Revision::getWhenWhere).orElse(published).equals(proposed)) {
            return EditOutcome.NO_CHANGE;
        }
        if (waiting.isPresent()) {
            waiting.get().decide(RevisionStatus.REJECTED, "system", "replaced by a newer change", now);
            // Written before the new one goes in: the database allows one waiting change per listing.
            revisions.flush();
        }
        boolean checked = listing.isPublished() || listing.getStatus() == ListingStatus.PAUSED;
        if (checked && !listing.getOrganisation().isTrusted()) {
            revisions.persist(Revision.whenWhere(listing, proposed, submittedBy, now));
            auditLog.record(
                    actor, "listing.when-where-proposed", "Listing", id, published.asMap(), proposed.asMap(), null);
            return EditOutcome.SENT_FOR_CHECKING;
        }
        proposed.applyTo(listing);
        listing.confirm(now);
        auditLog.record(
                actor,
                "listing.when-where-changed",
                "Listing",
                id,
                published.asMap(),
                proposed.asMap(),
                listing.isPublished() ? "trusted organisation: published at once" : null);
        if (listing.isPublished()) {
            // Kept as an approved revision, so moderators see trusted changes in the listing's history too.
            Revision revision = Revision.whenWhere(listing, proposed, submittedBy, now);
            revision.decide(RevisionStatus.APPROVED, "system", "trusted organisation: published at once", now);
            revisions.persist(revision);
            return EditOutcome.PUBLISHED_NOW;
        }
        return EditOutcome.SAVED_NOT_LIVE;
    }

    /** The provider's calendar address, or none (a blank one stops the reading). */
    @Transactional
    public void setCalendarUrl(String email, UUID id, String url) {
        Listing listing = manage.owned(email, id);
        String before = listing.getCalendarUrl();
        listing.setCalendarUrl(url);
        auditLog.record(
                email,
                "listing.calendar-address",
                "Listing",
                id,
                before == null ? null : Map.of("calendarUrl", before),
                url == null ? null : Map.of("calendarUrl", url),
                null);
    }

    private Optional<Revision> waiting(Listing listing) {
        return revisions
                .find(
                        "listing = ?1 and kind = ?2 and status = ?3",
                        listing,
                        RevisionKind.WHEN_WHERE,
                        RevisionStatus.PENDING)
                .firstResultOptional();
    }
}
