package org.healthdirectory.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionKind;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.moderation.RevisionStatus;
import org.healthdirectory.registration.ManageEntries;

/**
 * Saves a provider's "When and where". A live (or paused) listing of an organisation that is not trusted
 * keeps its published times until a moderator approves: the change waits as an edit revision. A newer
 * change replaces one still waiting, so a moderator never approves an out-of-date one after it.
 */
@ApplicationScoped
public class WhenWhereChanges {

    public enum Outcome {
        PUBLISHED_NOW,
        SENT_FOR_CHECKING,
        SAVED,
        NO_CHANGE
    }

    private final ManageEntries manage;
    private final RevisionRepository revisions;
    private final AuditLog auditLog;
    private final Clock clock;

    WhenWhereChanges(ManageEntries manage, RevisionRepository revisions, AuditLog auditLog, Clock clock) {
        this.manage = manage;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** What the provider sees on the page: a change still waiting for checks, or else the listing as it is. */
    @Transactional
    public WhenWhere current(String email, UUID id) {
        Listing listing = manage.owned(email, id);
        return waiting(listing)
                .map(r -> WhenWhere.fromMap(r.getProposed().get(WhenWhere.KEY)))
                .orElseGet(() -> WhenWhere.of(listing));
    }

    @Transactional
    public boolean isWaiting(String email, UUID id) {
        return waiting(manage.owned(email, id)).isPresent();
    }

    @Transactional
    public Outcome save(String email, UUID id, WhenWhere proposed) {
        Listing listing = manage.owned(email, id);
        Instant now = clock.instant();
        Optional<Revision> waiting = waiting(listing);
        WhenWhere published = WhenWhere.of(listing);
        WhenWhere before = waiting.map(r -> WhenWhere.fromMap(r.getProposed().get(WhenWhere.KEY)))
                .orElse(published);
        if (same(before, proposed)) {
            return Outcome.NO_CHANGE;
        }
        Map<String, Object> was = Map.of(WhenWhere.KEY, published.toMap());
        Map<String, Object> change = Map.of(WhenWhere.KEY, proposed.toMap());
        waiting.ifPresent(r -> r.decide(RevisionStatus.REJECTED, "system", "replaced by a newer change", now));
        boolean checked = listing.isPublished() || listing.getStatus() == ListingStatus.PAUSED;
        if (checked && !listing.getOrganisation().isTrusted()) {
            revisions.persist(new Revision(
                    UUID.randomUUID(), RevisionKind.EDIT, listing, listing.getOrganisation(), change, email, now));
            auditLog.record(email, "listing.when-where-proposed", "Listing", id, was, change, null);
            return Outcome.SENT_FOR_CHECKING;
        }
        proposed.applyTo(listing);
        listing.confirm(now);
        auditLog.record(
                email,
                "listing.when-where-changed",
                "Listing",
                id,
                was,
                change,
                listing.isPublished() ? "trusted organisation: published at once" : null);
        if (listing.isPublished()) {
            Revision revision = new Revision(
                    UUID.randomUUID(), RevisionKind.EDIT, listing, listing.getOrganisation(), change, email, now);
            revision.decide(RevisionStatus.APPROVED, "system", "trusted organisation: published at once", now);
            revisions.persist(revision);
            return Outcome.PUBLISHED_NOW;
        }
        return Outcome.SAVED;
    }

    /** Applies an approved revision's "When and where", if it has one (called by the moderators' decision). */
    public static void applyApproved(Listing listing, Map<String, Object> proposed) {
        Object value = proposed.get(WhenWhere.KEY);
        if (value != null) {
            WhenWhere.fromMap(value).applyTo(listing);
        }
    }

    private Optional<Revision> waiting(Listing listing) {
        List<Revision> pending = revisions.list(
                "listing = ?1 and kind = ?2 and status = ?3 order by submittedAt desc",
                listing,
                RevisionKind.EDIT,
                RevisionStatus.PENDING);
        return pending.stream()
                .filter(r -> r.getProposed().containsKey(WhenWhere.KEY))
                .findFirst();
    }

    private static boolean same(WhenWhere a, WhenWhere b) {
        return a.toMap().equals(b.toMap());
    }
}
