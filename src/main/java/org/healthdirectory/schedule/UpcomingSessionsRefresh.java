package org.healthdirectory.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.UkTime;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

/**
 * Each night, re-indexes published listings that have sessions, so the indexed "upcoming" dates
 * (today, this week, open now) move on with the calendar. In pages, so a large directory never holds
 * one long transaction.
 */
@ApplicationScoped
class UpcomingSessionsRefresh {

    private static final Logger LOG = Logger.getLogger(UpcomingSessionsRefresh.class);
    private static final int PAGE = 200;

    private final EntityManager em;
    private final SearchSession searchSession;

    UpcomingSessionsRefresh(EntityManager em, SearchSession searchSession) {
        this.em = em;
        this.searchSession = searchSession;
    }

    @Scheduled(
            skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            cron = "{directory.sessions.refresh-schedule}",
            timeZone = UkTime.ID,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int done = 0;
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        List<UUID> page;
        do {
            page = refreshPage(after);
            done += page.size();
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == PAGE);
        LOG.infof("Re-indexed the upcoming sessions of %d listings", done);
    }

    /** Re-indexes the next page of listings with sessions; returns their ids, in order. */
    @Transactional
    List<UUID> refreshPage(UUID after) {
        List<Listing> listings = em.createQuery(
                        "select l from Listing l where l.status = :published and l.id > :after"
                                + " and exists (select 1 from Session s where s.listing = l) order by l.id",
                        Listing.class)
                .setParameter("published", ListingStatus.PUBLISHED)
                .setParameter("after", after)
                .setMaxResults(PAGE)
                .getResultList();
        listings.forEach(searchSession.indexingPlan()::addOrUpdate);
        return listings.stream().map(Listing::getId).toList();
    }
}
