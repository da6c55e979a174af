package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.geo.Locality;
import org.healthdirectory.geo.LocalityRepository;

/**
 * Which moderators look after which localities. Adding twice or removing what is not there changes
 * nothing and records nothing (the table's key decides), so a double click leaves one audit event.
 */
@ApplicationScoped
public class ModeratorLocalities {

    /** One locality with its published entries and its moderators, for the admins' page. */
    public record Overview(
            String slug, String name, String leadProvider, String outcodes, long published, List<String> moderators) {}

    private final LocalityRepository localities;
    private final EntityManager entityManager;
    private final AuditLog auditLog;

    ModeratorLocalities(LocalityRepository localities, EntityManager entityManager, AuditLog auditLog) {
        this.localities = localities;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
    }

    @Transactional
    public List<Overview> overview() {
        return localities.listAll().stream()
                .sorted(Comparator.comparing(Locality::getName))
                .map(l -> new Overview(
                        l.getSlug(),
                        l.getName(),
                        l.getLeadProvider(),
                        String.join(", ", l.getOutcodes()),
                        publishedIn(l),
                        moderatorsOf(l)))
                .toList();
    }

    @Transactional
    public boolean exists(String slug) {
        return localities.findBySlug(slug == null ? "" : slug).isPresent();
    }

    @Transactional
    public void assign(String staff, String moderator, String slug) {
        Optional<Locality> locality = localities.findBySlug(slug);
        if (locality.isEmpty()) {
            return;
        }
        int added = entityManager
                .createNativeQuery(
                        "insert into moderator_locality (username, locality_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, moderator)
                .setParameter(2, locality.get().getId())
                .executeUpdate();
        if (added > 0) {
            auditLog.record(
                    staff,
                    "moderator.locality-added",
                    "Locality",
                    locality.get().getId(),
                    null,
                    Map.of("moderator", moderator, "locality", slug),
                    null);
        }
    }

    @Transactional
    public void unassign(String staff, String moderator, String slug) {
        Optional<Locality> locality = localities.findBySlug(slug == null ? "" : slug);
        if (locality.isEmpty() || moderator == null) {
            return;
        }
        int removed = entityManager
                .createNativeQuery("delete from moderator_locality where username = ?1 and locality_id = ?2")
                .setParameter(1, moderator)
                .setParameter(2, locality.get().getId())
                .executeUpdate();
        if (removed > 0) {
            auditLog.record(
                    staff,
                    "moderator.locality-removed",
                    "Locality",
                    locality.get().getId(),
                    Map.of("moderator", moderator, "locality", slug),
                    null,
                    null);
        }
    }

    private long publishedIn(Locality locality) {
        return ((Number) entityManager
                        .createNativeQuery("""
                                select count(*) from listing_locality ll join listing li on li.id = ll.listing_id
                                where ll.locality_id = ?1 and li.status = 'PUBLISHED'""")
                        .setParameter(1, locality.getId())
                        .getSingleResult())
                .longValue();
    }

    private List<String> moderatorsOf(Locality locality) {
        return entityManager
                .createNativeQuery(
                        "select username from moderator_locality where locality_id = ?1 order by username",
                        String.class)
                .setParameter(1, locality.getId())
                .getResultList();
    }
}
