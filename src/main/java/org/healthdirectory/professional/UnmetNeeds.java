package org.healthdirectory.professional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.taxonomy.Domain;
import org.healthdirectory.taxonomy.DomainRepository;

/**
 * Unmet need for commissioners: what professionals could not find, and public searches that found
 * nothing, by domain, locality (from the outward code) and month. Nothing about any person.
 */
@ApplicationScoped
public class UnmetNeeds {

    static final int MONTHS = 12;

    /**
     * One group of the report. searches: public searches that found nothing; reports: from professionals;
     * told: people who answered "No" to "Did you find what you needed?" under search results.
     */
    public record Row(String month, String domain, String locality, long searches, long reports, long told) {
        public long total() {
            return searches + reports + told;
        }
    }

    public record Asked(String what, long times) {}

    public record Report(String from, List<Row> rows, Map<String, Long> byDomain, List<Asked> mostAskedFor) {}

    private final EntityManager entityManager;
    private final DomainRepository domains;
    private final AuditLog auditLog;
    private final Clock clock;

    UnmetNeeds(EntityManager entityManager, DomainRepository domains, AuditLog auditLog, Clock clock) {
        this.entityManager = entityManager;
        this.domains = domains;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public void record(String what, String domainSlug, String outcode) {
        entityManager
                .createNativeQuery(
                        "insert into unmet_need (id, recorded_at, what, domain, outcode) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, clock.instant())
                .setParameter(3, what)
                .setParameter(4, domainSlug)
                .setParameter(5, outcode)
                .executeUpdate();
    }

    /** The last 12 months, this one included. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Report report() {
        LocalDate start = LocalDate.ofInstant(clock.instant(), UkTime.ZONE)
                .withDayOfMonth(1)
                .minusMonths(MONTHS - 1L);
        Instant from = start.atStartOfDay(UkTime.ZONE).toInstant();
        Map<String, String> names = new LinkedHashMap<>();
        domains.listInOrder().forEach(d -> names.put(d.getSlug(), d.getName()));

        List<Object[]> grouped = entityManager
                .createNativeQuery(NEEDS + """
                select to_char(n.month, 'YYYY-MM'), n.domain, loc.name, n.outcode is not null,
                       sum(n.searches), sum(n.reports), sum(n.told)
                from needs n
                left join lateral (select l.name from locality l where n.outcode = any(l.outcodes)
                                   order by l.name limit 1) loc on true
                group by 1, 2, 3, 4 order by 1, 2, 3""", Object[].class)
                .setParameter(1, from)
                .getResultList();
        List<Row> rows = grouped.stream()
                .map(r -> new Row(
                        (String) r[0],
                        r[1] == null ? "Any type" : names.getOrDefault((String) r[1], (String) r[1]),
                        r[2] != null ? (String) r[2] : (Boolean) r[3] ? "Outside our areas" : "No place given",
                        ((Number) r[4]).longValue(),
                        ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue()))
                .toList();

        Map<String, Long> byDomain = new LinkedHashMap<>();
        names.values().forEach(name -> byDomain.put(name, 0L));
        rows.forEach(r -> byDomain.merge(r.domain(), r.total(), Long::sum));

        List<Object[]> asked = entityManager
                .createNativeQuery(NEEDS + """
                select n.what, count(*) from needs n where n.what <> ''
                group by n.what order by 2 desc, 1 limit 20""", Object[].class)
                .setParameter(1, from)
                .getResultList();
        return new Report(
                start.toString(),
                rows,
                byDomain,
                asked.stream()
                        .map(r -> new Asked((String) r[0], ((Number) r[1]).longValue()))
                        .toList());
    }

    /**
     * Both sources in one shape; months in UK time. Leaves out what moderators hid as junk, and any
     * domain that is not one of the directory's (older rows may hold whatever was typed in the address).
     */
    private static final String NEEDS = """
            with needs as (
                select date_trunc('month', searched_at at time zone 'Europe/London') as month,
                       case when domain in (select slug from domain) then domain end as domain, outcode,
                       lower(trim(coalesce(query_text, ''))) as what, 1 as searches, 0 as reports, 0 as told
                from zero_result_search where searched_at >= ?1 and hidden_at is null
                union all
                select date_trunc('month', recorded_at at time zone 'Europe/London'),
                       case when domain in (select slug from domain) then domain end, outcode,
                       lower(trim(what)), 0, 1, 0
                from unmet_need where recorded_at >= ?1 and hidden_at is null
                union all
                select date_trunc('month', answered_at at time zone 'Europe/London'),
                       case when domain in (select slug from domain) then domain end, outcode,
                       lower(trim(coalesce(comment, query_text, ''))), 0, 0, 1
                from search_feedback where not found and answered_at >= ?1
            )
            """;

    /**
     * Hides every search and report of these words from the report (junk, tests, abuse); they stay
     * in the database, audited. Returns how many were hidden.
     */
    @Transactional
    public int hide(String what, String moderator) {
        String words = what == null ? "" : what.strip().toLowerCase(java.util.Locale.ROOT);
        if (words.isEmpty()) {
            return 0;
        }
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        int hidden = entityManager
                        .createNativeQuery("""
                update zero_result_search set hidden_at = ?1
                where hidden_at is null and lower(trim(coalesce(query_text, ''))) = ?2""")
                        .setParameter(1, now)
                        .setParameter(2, words)
                        .executeUpdate()
                + entityManager
                        .createNativeQuery(
                                "update unmet_need set hidden_at = ?1 where hidden_at is null and lower(trim(what)) = ?2")
                        .setParameter(1, now)
                        .setParameter(2, words)
                        .executeUpdate();
        if (hidden > 0) {
            auditLog.record(
                    moderator,
                    "unmet-need.hidden",
                    "UnmetNeed",
                    null,
                    null,
                    Map.of("what", words, "rows", hidden),
                    null);
        }
        return hidden;
    }

    @Transactional
    List<Domain> domains() {
        return domains.listInOrder();
    }
}
