package org.healthdirectory.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds audit events by who, what, which entry and when, newest first. */
@ApplicationScoped
public class AuditSearch {

    /** Filters; null means "any". Dates are whole days in UTC, both inclusive. */
    public record Filter(String actor, String action, UUID subject, LocalDate from, LocalDate to) {}

    private final EntityManager entityManager;

    AuditSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<AuditEvent> page(Filter filter, int page, int size) {
        return query(filter, AuditEvent.class, "select e")
                .setFirstResult(page * size)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(Filter filter) {
        return query(filter, Long.class, "select count(e)").getSingleResult();
    }

    /** For the CSV export: every match, read in batches so a long log does not fill the memory. */
    public List<AuditEvent> batch(Filter filter, int offset, int size) {
        return query(filter, AuditEvent.class, "select e")
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    public List<String> actions() {
        return entityManager
                .createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    private <T> TypedQuery<T> query(Filter filter, Class<T> type, String select) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.actor() != null) {
            where.add("lower(e.actor) like :actor");
            parameters.put("actor", "%" + filter.actor().toLowerCase().replace("%", "") + "%");
        }
        if (filter.action() != null) {
            where.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.subject() != null) {
            where.add("e.subjectId = :subject");
            parameters.put("subject", filter.subject());
        }
        if (filter.from() != null) {
            where.add("e.occurredAt >= :from");
            parameters.put("from", filter.from().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("e.occurredAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        String jpql = select + " from AuditEvent e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (type == Long.class ? "" : " order by e.occurredAt desc, e.id");
        TypedQuery<T> query = entityManager.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
