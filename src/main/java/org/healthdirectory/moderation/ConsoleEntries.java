package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.PausedReason;

/**
 * Reads entries of any status for the console, within the moderator's localities. Filtered, scoped and cut
 * to a page in the database: there can be many thousands of entries.
 */
@ApplicationScoped
public class ConsoleEntries {

    static final int PAGE_SIZE = 50;

    public record Row(UUID id, String name, String organisation, String status, String lastConfirmed) {}

    public record Page(List<Row> rows, long total) {}

    /** One entry as the console shows it, with what may be done to it. */
    public record Entry(
            UUID id,
            String name,
            String organisation,
            String contactEmail,
            String status,
            String lastConfirmed,
            boolean published,
            boolean suspended,
            String suspendedBy,
            String suspensionReason,
            boolean canReinstate,
            List<HistoryRow> history) {}

    public record HistoryRow(String when, String actor, String action, String note) {}

    private static final String WHERE = """
            where (:status is null or l.status = :status)
              and (:words = '' or lower(l.name) like :pattern or lower(o.name) like :pattern)
              and (:everywhere = true or exists (select 1 from l.localities loc where loc.id in :scope))""";

    private final EntityManager entityManager;
    private final ListingRepository listings;
    private final AuditLog auditLog;
    private final StaffScope staff;

    ConsoleEntries(EntityManager entityManager, ListingRepository listings, AuditLog auditLog, StaffScope staff) {
        this.entityManager = entityManager;
        this.listings = listings;
        this.auditLog = auditLog;
        this.staff = staff;
    }

    @Transactional
    public Page find(ListingStatus status, String words) {
        Set<UUID> scope = staff.localityIds();
        long total = bind(
                        entityManager.createQuery(
                                "select count(l) from Listing l join l.organisation o " + WHERE, Long.class),
                        status,
                        words,
                        scope)
                .getSingleResult();
        List<Row> rows = bind(
                        entityManager.createQuery(
                                "select l from Listing l join fetch l.organisation o " + WHERE + " order by l.name",
                                Listing.class),
                        status,
                        words,
                        scope)
                .setMaxResults(PAGE_SIZE)
                .getResultStream()
                .map(l -> new Row(
                        l.getId(),
                        l.getName(),
                        l.getOrganisation().getName(),
                        label(l),
                        l.getLastConfirmedAt().toString().substring(0, 10)))
                .toList();
        return new Page(rows, total);
    }

    /** The entry, or empty when it does not exist or lies outside the moderator's localities. */
    @Transactional
    public Optional<Entry> entry(UUID id) {
        return listings.findByIdOptional(id).filter(staff::covers).map(this::entry);
    }

    private Entry entry(Listing listing) {
        List<HistoryRow> history = auditLog.newestForSubject(listing.getId(), 100).stream()
                .map(e -> new HistoryRow(
                        e.getOccurredAt().toString().substring(0, 16).replace('T', ' '),
                        e.getActor(),
                        e.getAction(),
                        e.getNote()))
                .toList();
        return new Entry(
                listing.getId(),
                listing.getName(),
                listing.getOrganisation().getName(),
                listing.getOrganisation().getContactEmail(),
                label(listing),
                listing.getLastConfirmedAt().toString().substring(0, 10),
                listing.isPublished(),
                listing.isSuspended(),
                listing.getSuspendedBy(),
                listing.getSuspensionReason(),
                // Suspended by a moderator, or hidden because nobody confirmed it.
                listing.isSuspended() || listing.getPausedReason() == PausedReason.OUT_OF_DATE,
                history);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ListingStatus status, String words, Set<UUID> scope) {
        return query.setParameter("status", status)
                .setParameter("words", words)
                .setParameter("pattern", "%" + words.toLowerCase().replace("%", "") + "%")
                .setParameter("everywhere", scope.isEmpty())
                // "in" needs at least one value; an unused one when the moderator sees everywhere.
                .setParameter("scope", scope.isEmpty() ? Set.of(new UUID(0, 0)) : scope);
    }

    private static String label(Listing listing) {
        if (listing.isSuspended()) {
            return "Suspended";
        }
        return listing.getPausedReason() == PausedReason.OUT_OF_DATE
                ? "Hidden: not confirmed for a long time"
                : label(listing.getStatus());
    }

    static String label(ListingStatus status) {
        return switch (status) {
            case DRAFT -> "Draft (email not confirmed)";
            case PENDING -> "Waiting for a check";
            case PUBLISHED -> "Published";
            case CHANGES_REQUESTED -> "Changes requested";
            case PAUSED -> "Paused";
            case ARCHIVED -> "Removed";
        };
    }
}
