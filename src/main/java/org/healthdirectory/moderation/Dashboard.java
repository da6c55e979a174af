package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.listing.ListingStatus;

/** The figures on the console's front page, worked out in the database. */
@ApplicationScoped
public class Dashboard {

    public record Count(String label, long count) {}

    public record QueueAge(int waiting, String median, String oldest) {}

    public record Figures(
            List<Count> byStatus,
            List<Count> byDomain,
            List<Count> byLocality,
            QueueAge queue,
            List<Count> stale,
            List<Count> registrationsByWeek,
            List<Count> unmetSearches) {}

    static final int WEEKS = 8;
    static final int TOP_SEARCHES = 10;

    private final EntityManager entityManager;
    private final ModerationQueue queue;
    private final Clock clock;

    Dashboard(EntityManager entityManager, ModerationQueue queue, Clock clock) {
        this.entityManager = entityManager;
        this.queue = queue;
        this.clock = clock;
    }

    @Transactional
    public Figures figures(Set<UUID> localityScope) {
        Instant now = clock.instant();
        return new Figures(
                byStatus(),
                counts("""
                        select d.name, count(ld.listing_id) from domain d
                        left join listing_domain ld on ld.domain_id = d.id
                        left join listing l on l.id = ld.listing_id and l.status = 'PUBLISHED'
                        group by d.name, d.position order by d.position"""),
                counts("""
                        select loc.name, count(l.id) from locality loc
                        left join listing_locality ll on ll.locality_id = loc.id
                        left join listing l on l.id = ll.listing_id and l.status = 'PUBLISHED'
                        group by loc.name order by loc.name"""),
                queueAge(localityScope, now),
                stale(now),
                registrations(now),
                unmetSearches(now));
    }

    private List<Count> byStatus() {
        Map<ListingStatus, Long> found = new EnumMap<>(ListingStatus.class);
        entityManager
                .createQuery("select l.status, count(l) from Listing l group by l.status", Object[].class)
                .getResultList()
                .forEach(row -> found.put((ListingStatus) row[0], (Long) row[1]));
        List<Count> counts = new ArrayList<>();
        for (ListingStatus status : ListingStatus.values()) {
            counts.add(new Count(ConsoleEntries.label(status), found.getOrDefault(status, 0L)));
        }
        return counts;
    }

    private QueueAge queueAge(Set<UUID> localityScope, Instant now) {
        List<Duration> waits = queue.items(new ModerationQueue.Filter(null, null, null), localityScope).stream()
                .map(item -> Duration.between(item.waitingSince(), now))
                .sorted()
                .toList();
        if (waits.isEmpty()) {
            return new QueueAge(0, "Nothing waiting", "Nothing waiting");
        }
        Duration median = waits.size() % 2 == 1
                ? waits.get(waits.size() / 2)
                : waits.get(waits.size() / 2 - 1)
                        .plus(waits.get(waits.size() / 2))
                        .dividedBy(2);
        return new QueueAge(
                waits.size(),
                QueueItem.waited(now.minus(median), now),
                QueueItem.waited(now.minus(waits.get(waits.size() - 1)), now));
    }

    private List<Count> stale(Instant now) {
        List<Count> counts = new ArrayList<>();
        for (int months : new int[] {6, 12}) {
            Instant before = now.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
            long n = entityManager
                    .createQuery(
                            "select count(l) from Listing l where l.status = :p and l.lastConfirmedAt < :before",
                            Long.class)
                    .setParameter("p", ListingStatus.PUBLISHED)
                    .setParameter("before", before)
                    .getSingleResult();
            counts.add(new Count("Not checked for more than " + months + " months", n));
        }
        return counts;
    }

    /** New entries sent in, per week (Monday to Sunday), this week last. */
    private List<Count> registrations(Instant now) {
        LocalDate thisMonday = LocalDate.ofInstant(now, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        List<Count> weeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            LocalDate monday = thisMonday.minusWeeks(i);
            long n = entityManager
                    .createQuery("""
                    select count(e) from AuditEvent e where e.action in ('listing.registered', 'listing.added')
                    and e.occurredAt >= :from and e.occurredAt < :to""", Long.class)
                    .setParameter("from", monday.atStartOfDay().toInstant(ZoneOffset.UTC))
                    .setParameter("to", monday.plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                    .getSingleResult();
            weeks.add(new Count("Week of " + monday, n));
        }
        return weeks;
    }

    @SuppressWarnings("unchecked")
    private List<Count> unmetSearches(Instant now) {
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select lower(trim(query_text)) as words, count(*) from zero_result_search
                where searched_at >= ?1 and query_text is not null and trim(query_text) <> ''
                group by lower(trim(query_text)) order by count(*) desc, words limit ?2""")
                .setParameter(1, now.minus(90, ChronoUnit.DAYS))
                .setParameter(2, TOP_SEARCHES)
                .getResultList();
        return rows.stream()
                .map(r -> new Count((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String sql) {
        List<Object[]> rows = entityManager.createNativeQuery(sql).getResultList();
        return rows.stream()
                .map(r -> new Count((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }
}
