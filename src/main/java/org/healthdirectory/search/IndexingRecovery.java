package org.healthdirectory.search;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.healthdirectory.listing.Listing;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

/**
 * Hibernate Search gives up on an outbox event after three failed attempts (status ABORTED), for
 * example when OpenSearch is down for more than a minute or two. The change is safe in PostgreSQL,
 * but the index would stay stale. This job queues those listings again once OpenSearch answers,
 * so an outage of any length never loses a write from search.
 */
@ApplicationScoped
public class IndexingRecovery {

    private static final Logger LOG = Logger.getLogger(IndexingRecovery.class);

    private final EntityManager entityManager;
    private final SearchSession searchSession;
    private final SearchEngineHealthCheck searchEngine;

    IndexingRecovery(
            EntityManager entityManager, SearchSession searchSession, @Readiness SearchEngineHealthCheck searchEngine) {
        this.entityManager = entityManager;
        this.searchSession = searchSession;
        this.searchEngine = searchEngine;
    }

    @Scheduled(
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            every = "${directory.search.recovery-interval:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recoverWhenSearchIsBack() {
        if (searchEngine.call().getStatus() == HealthCheckResponse.Status.UP) {
            requeueAborted();
        }
    }

    /** Returns how many listings were queued for indexing again. */
    @Transactional
    public int requeueAborted() {
        @SuppressWarnings("unchecked")
        List<String> ids = entityManager.createNativeQuery("""
                select distinct entity_id from hsearch_outbox_event
                where status = 'ABORTED' and entity_name = 'Listing'""").getResultList();
        for (String id : ids) {
            Listing listing = entityManager.find(Listing.class, UUID.fromString(id));
            if (listing == null) {
                searchSession.indexingPlan().purge(Listing.class, UUID.fromString(id), null);
            } else {
                // Written to the outbox as a fresh event, in this transaction.
                searchSession.indexingPlan().addOrUpdate(listing);
            }
        }
        entityManager
                .createNativeQuery(
                        "delete from hsearch_outbox_event where status = 'ABORTED' and entity_name = 'Listing'")
                .executeUpdate();
        if (!ids.isEmpty()) {
            LOG.infof("Queued %d listings for indexing again after a search outage", ids.size());
        }
        return ids.size();
    }
}
