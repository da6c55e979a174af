package org.healthdirectory.professional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.taxonomy.Domain;
import org.healthdirectory.taxonomy.DomainRepository;

/**
 * Unmet need for commissioners: what professionals could not find, and public searches that found
 * nothing, by domain, locality (from the outward code) and month. Nothing about any person.
 */
@ApplicationScoped
public class UnmetNeeds {

    static final ZoneId UK = ZoneId.of("Europe/London");
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
    private final Clock clock;

    UnmetNeeds(EntityManager entityManager, DomainRepository domains, Clock clock) {
        this.entityManager = entityManager;
        this.domains = domains;
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
        LocalDate start =
                LocalDate.ofInstant(clock.instant(), UK).withDayOfMonth(1).minusMonths(MONTHS - 1L);
        Instant from = start.atStartOfDay(UK).toInstant();
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

    /** Both sources in one shape; months in UK time. */
    private static final String NEEDS = """
            with needs as (
                select date_trunc('month', searched_at at time zone 'Europe/London') as month, domain, outcode,
                       lower(trim(coalesce(query_text, ''))) as what, 1 as searches, 0 as reports, 0 as told
                from zero_result_search where searched_at >= ?1
                union all
                select date_trunc('month', recorded_at at time zone 'Europe/London'), domain, outcode,
                       lower(trim(what)), 0, 1, 0
                from unmet_need where recorded_at >= ?1
                union all
                select date_trunc('month', answered_at at time zone 'Europe/London'), domain, outcode,
                       lower(trim(coalesce(comment, query_text, ''))), 0, 0, 1
                from search_feedback where not found and answered_at >= ?1
            )
            """;

    @Transactional
    List<Domain> domains() {
        return domains.listInOrder();
    }
}
