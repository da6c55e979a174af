package org.healthdirectory.vetting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthdirectory.organisation.Organisation;

/** The console's list of organisations: search by name, narrow to those with checks expiring or expired. */
@ApplicationScoped
public class OrganisationList {

    public static final int PAGE_SIZE = 25;

    public enum Filter {
        ALL,
        EXPIRING,
        EXPIRED
    }

    public record Row(UUID id, String name, String type, boolean trusted, long passed, LocalDate nextExpiry) {}

    public record Page(List<Row> rows, long total, int page, int pageCount) {}

    private final EntityManager entityManager;
    private final Checks checks;

    OrganisationList(EntityManager entityManager, Checks checks) {
        this.entityManager = entityManager;
        this.checks = checks;
    }

    @Transactional
    public Page find(String name, Filter filter, int page) {
        LocalDate today = checks.today();
        String where = " from Organisation o where lower(o.name) like :name escape '\\'"
                + switch (filter) {
                    case ALL -> "";
                    case EXPIRING ->
                        " and exists (select 1 from Check c where c.organisation = o and c.status = :passed"
                                + " and c.expiresOn >= :today and c.expiresOn <= :soon)";
                    case EXPIRED ->
                        " and exists (select 1 from Check c where c.organisation = o and c.status = :passed"
                                + " and c.expiresOn < :today)";
                };
        String pattern = "%"
                + (name == null
                        ? ""
                        : name.trim()
                                .toLowerCase(Locale.UK)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_"))
                + "%";
        var count =
                entityManager.createQuery("select count(o)" + where, Long.class).setParameter("name", pattern);
        var select = entityManager
                .createQuery("select o" + where + " order by o.name", Organisation.class)
                .setParameter("name", pattern);
        if (filter != Filter.ALL) {
            for (var query : List.of(count, select)) {
                query.setParameter("passed", CheckStatus.PASSED).setParameter("today", today);
                if (filter == Filter.EXPIRING) {
                    query.setParameter("soon", today.plusDays(Checks.EXPIRING_WITHIN_DAYS));
                }
            }
        }
        long total = count.getSingleResult();
        int pageCount = Math.max(1, (int) Math.ceil(total / (double) PAGE_SIZE));
        int current = Math.min(Math.max(page, 1), pageCount);
        List<Organisation> organisations = select.setFirstResult((current - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        Map<UUID, List<Check>> passed = organisations.isEmpty()
                ? Map.of()
                : entityManager
                        .createQuery(
                                "select c from Check c where c.organisation in :organisations and c.status = :passed",
                                Check.class)
                        .setParameter("organisations", organisations)
                        .setParameter("passed", CheckStatus.PASSED)
                        .getResultList()
                        .stream()
                        .collect(Collectors.groupingBy(c -> c.getOrganisation().getId()));
        List<Row> rows = organisations.stream()
                .map(o -> {
                    List<Check> own = passed.getOrDefault(o.getId(), List.of());
                    return new Row(
                            o.getId(),
                            o.getName(),
                            o.getType().label,
                            o.isTrusted(),
                            own.size(),
                            own.stream()
                                    .map(Check::getExpiresOn)
                                    .filter(d -> d != null)
                                    .min(LocalDate::compareTo)
                                    .orElse(null));
                })
                .toList();
        return new Page(rows, total, current, pageCount);
    }
}
