package org.healthdirectory.listing;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.jboss.logging.Logger;

/**
 * Removed (archived) listings are deleted for good after 30 days, as the privacy notice promises,
 * with their reports, links and revisions; so is an organisation left with no listings. The audit
 * log keeps the record that it happened.
 */
@ApplicationScoped
public class RemovedListingPurge {

    static final Duration KEEP_FOR = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(RemovedListingPurge.class);

    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Clock clock;

    RemovedListingPurge(EntityManager entityManager, AuditLog auditLog, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Scheduled(
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            cron = "0 30 3 * * ?",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        purge();
    }

    /** Returns how many listings were deleted. */
    @Transactional
    public int purge() {
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager
                .createNativeQuery("""
                select id, organisation_id from listing where status = 'ARCHIVED' and updated_at < ?1""")
                .setParameter(1, Timestamp.from(clock.instant().minus(KEEP_FOR)))
                .getResultList();
        for (Object[] row : due) {
            UUID listing = (UUID) row[0];
            UUID organisation = (UUID) row[1];
            for (String sql : List.of(
                    "delete from listing_report where listing_id = ?1",
                    "delete from email_link where listing_id = ?1",
                    "delete from revision where listing_id = ?1",
                    "delete from listing where id = ?1")) {
                entityManager.createNativeQuery(sql).setParameter(1, listing).executeUpdate();
            }
            auditLog.record(
                    "system",
                    "listing.purged",
                    "Listing",
                    listing,
                    Map.of("status", "ARCHIVED"),
                    null,
                    "deleted 30 days after it was removed");
            long left = ((Number) entityManager
                            .createNativeQuery("select count(*) from listing where organisation_id = ?1")
                            .setParameter(1, organisation)
                            .getSingleResult())
                    .longValue();
            if (left == 0) {
                entityManager
                        .createNativeQuery("delete from revision where organisation_id = ?1")
                        .setParameter(1, organisation)
                        .executeUpdate();
                entityManager
                        .createNativeQuery("delete from organisation where id = ?1")
                        .setParameter(1, organisation)
                        .executeUpdate();
                auditLog.record(
                        "system", "organisation.purged", "Organisation", organisation, null, null, "no listings left");
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("Deleted %d listings removed more than 30 days ago", due.size());
        }
        entityManager.clear();
        return due.size();
    }
}
