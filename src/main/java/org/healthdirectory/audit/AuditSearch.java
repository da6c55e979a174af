package org.healthdirectory.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Finds audit events by who, what, which entry and when, newest first, as read-only entries for pages. */
@ApplicationScoped
public class AuditSearch {

    /** Filters; null means "any". Dates are whole days in UTC, both inclusive. */
    public record Filter(String actor, String action, UUID subject, LocalDate from, LocalDate to) {}

    /** One event as pages and exports show it; before and after are JSON text ("" when empty). */
    public record Entry(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            UUID subjectId,
            String before,
            String after,
            String note) {}

    /** One page of matches, their total and every action name (for the filter's list). */
    public record Page(List<Entry> entries, long total, List<String> actions) {}

    private final EntityManager entityManager;
    private final ObjectMapper json;

    AuditSearch(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional
    public Page page(Filter filter, int page, int size) {
        List<Entry> entries = batch(filter, page * size, size);
        long total = query(filter, Long.class, "select count(e)").getSingleResult();
        return new Page(entries, total, actions());
    }

    @Transactional
    public List<String> actions() {
        return entityManager
                .createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    /** For the CSV export: every match, read in batches so a long log does not fill the memory. */
    @Transactional
    public List<Entry> batch(Filter filter, int offset, int size) {
        return query(filter, AuditEvent.class, "select e")
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultStream()
                .map(this::entry)
                .toList();
    }

    private Entry entry(AuditEvent e) {
        return new Entry(
                e.getOccurredAt(),
                e.getActor(),
                e.getAction(),
                e.getSubjectType(),
                e.getSubjectId(),
                toJson(e.getBefore()),
                toJson(e.getAfter()),
                e.getNote());
    }

    private String toJson(Map<String, Object> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            return values.toString();
        }
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
