package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.PausedReason;

/** Everything waiting for a moderator, oldest first, within the moderator's localities. */
@ApplicationScoped
public class ModerationQueue {

    /** Narrows the queue; null fields mean "any". */
    public record Filter(QueueItem.Type type, String domain, String locality) {}

    private final EntityManager entityManager;
    private final Clock clock;

    ModerationQueue(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public List<QueueItem> items(Filter filter, Set<UUID> localityScope) {
        Instant now = clock.instant();
        List<QueueItem> items = new ArrayList<>();
        for (Revision revision : pendingRevisions()) {
            Listing listing = revision.getListing();
            if (listing != null && matches(listing, filter, localityScope)) {
                items.add(new QueueItem(
                        QueueItem.Type.valueOf(revision.getKind().name()),
                        revision.getId(),
                        listing.getId(),
                        listing.getName(),
                        listing.getOrganisation().getName(),
                        revision.getSubmittedAt(),
                        QueueItem.waited(revision.getSubmittedAt(), now),
                        revision.getSubmittedByEmail() == null
                                ? "From an Open Referral import"
                                : "From " + revision.getSubmittedByEmail(),
                        "/console/queue/revisions/" + revision.getId()));
            }
        }
        for (ListingReport report : openReports()) {
            Listing listing = report.getListing();
            if (matches(listing, filter, localityScope)) {
                items.add(new QueueItem(
                        QueueItem.Type.REPORT,
                        report.getId(),
                        listing.getId(),
                        listing.getName(),
                        listing.getOrganisation().getName(),
                        report.getReportedAt(),
                        QueueItem.waited(report.getReportedAt(), now),
                        report.getReason().label,
                        "/console/queue/reports/" + report.getId()));
            }
        }
        for (Listing listing : hiddenAsOutOfDate()) {
            if (matches(listing, filter, localityScope)) {
                items.add(new QueueItem(
                        QueueItem.Type.OUT_OF_DATE,
                        listing.getId(),
                        listing.getId(),
                        listing.getName(),
                        listing.getOrganisation().getName(),
                        listing.getUpdatedAt(),
                        QueueItem.waited(listing.getUpdatedAt(), now),
                        "Hidden: last checked "
                                + listing.getLastConfirmedAt().toString().substring(0, 10),
                        "/console/listings/" + listing.getId()));
            }
        }
        return items.stream()
                .filter(item -> filter.type() == null || item.type() == filter.type())
                .sorted(Comparator.comparing(QueueItem::waitingSince))
                .toList();
    }

    private List<Revision> pendingRevisions() {
        return entityManager
                .createQuery("""
                select r from Revision r left join fetch r.listing l left join fetch l.organisation
                where r.status = :pending order by r.submittedAt""", Revision.class)
                .setParameter("pending", RevisionStatus.PENDING)
                .getResultList();
    }

    private List<ListingReport> openReports() {
        return entityManager
                .createQuery("""
                select r from ListingReport r join fetch r.listing l join fetch l.organisation
                where r.status = :open order by r.reportedAt""", ListingReport.class)
                .setParameter("open", ListingReport.Status.OPEN)
                .getResultList();
    }

    /** Entries the freshness job hid because nobody confirmed them (see freshness/FreshnessJob). */
    private List<Listing> hiddenAsOutOfDate() {
        return entityManager
                .createQuery("""
                select l from Listing l join fetch l.organisation
                where l.status = :paused and l.pausedReason = :outOfDate order by l.updatedAt""", Listing.class)
                .setParameter("paused", ListingStatus.PAUSED)
                .setParameter("outOfDate", PausedReason.OUT_OF_DATE)
                .getResultList();
    }

    private static boolean matches(Listing listing, Filter filter, Set<UUID> localityScope) {
        return Staff.covers(localityScope, listing)
                && (filter.domain() == null
                        || listing.getDomains().stream()
                                .anyMatch(d -> d.getSlug().equals(filter.domain())))
                && (filter.locality() == null
                        || listing.getLocalities().stream()
                                .anyMatch(l -> l.getSlug().equals(filter.locality())));
    }
}
