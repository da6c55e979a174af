package org.healthdirectory.openreferral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.healthdirectory.listing.Frequency;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.organisation.Organisation;

/**
 * The database queries behind the ORUK lists: published listings only, filters combined with AND,
 * a page of ids first and then the entities for that page in a fixed number of queries (no N+1).
 * Callers need a transaction.
 */
@ApplicationScoped
public class OrukQueries {

    public record Slice<T>(long total, List<T> items) {}

    private final EntityManager em;

    OrukQueries(EntityManager em) {
        this.em = em;
    }

    public Slice<Listing> services(ListParameters p, boolean full) {
        Filter filter = listingFilter(p);
        if (p.near() != null) {
            filter.and("l.id in (select v.listing.id from Venue v where v.id in :near)")
                    .param("near", venuesNear(p));
        }
        long total = filter.apply(em.createQuery("select count(l) from Listing l where " + filter.where(), Long.class))
                .getSingleResult();
        List<UUID> ids = filter.apply(em.createQuery(
                        "select l.id from Listing l where " + filter.where() + " order by l.name, l.id", UUID.class))
                .setFirstResult(p.offset())
                .setMaxResults(p.perPage())
                .getResultList();
        return new Slice<>(total, full ? fullListings(ids) : listings(ids));
    }

    public Slice<Venue> serviceAtLocations(ListParameters p) {
        Filter filter = listingFilter(p);
        if (p.near() != null) {
            filter.and("v.id in :near").param("near", venuesNear(p));
        }
        String from = "from Venue v join v.listing l where ";
        long total = filter.apply(em.createQuery("select count(v) " + from + filter.where(), Long.class))
                .getSingleResult();
        List<UUID> ids = filter.apply(em.createQuery(
                        "select v.id " + from + filter.where() + " order by l.name, l.id, v.name, v.id", UUID.class))
                .setFirstResult(p.offset())
                .setMaxResults(p.perPage())
                .getResultList();
        List<Venue> venues = ids.isEmpty()
                ? List.of()
                : em.createQuery("""
                select v from Venue v join fetch v.listing l join fetch l.organisation
                where v.id in :ids""", Venue.class).setParameter("ids", ids).getResultList();
        return new Slice<>(total, inOrder(ids, venues, Venue::getId));
    }

    public Optional<Venue> serviceAtLocation(UUID id) {
        return em.createQuery("""
                select v from Venue v join fetch v.listing l join fetch l.organisation
                where v.id = :id and l.status = :published""", Venue.class)
                .setParameter("id", id)
                .setParameter("published", ListingStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    public Optional<Listing> service(UUID id) {
        List<Listing> found = fullListings(List.of(id));
        return found.isEmpty() || !found.get(0).isPublished() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Ids of every published listing, in a stable order, for exports that stream them in chunks. */
    public List<UUID> publishedIds() {
        return em.createQuery(
                        "select l.id from Listing l where l.status = :published order by l.name, l.id", UUID.class)
                .setParameter("published", ListingStatus.PUBLISHED)
                .getResultList();
    }

    /** Listings with all their children, in one query per collection. */
    public List<Listing> fullListings(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Listing> listings = listings(ids);
        for (String collection : List.of("venues", "sessions", "domains", "tags")) {
            em.createQuery(
                            "select distinct l from Listing l left join fetch l." + collection + " where l.id in :ids",
                            Listing.class)
                    .setParameter("ids", ids)
                    .getResultList();
        }
        return listings;
    }

    private List<Listing> listings(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Listing> found = em.createQuery("""
                select l from Listing l join fetch l.organisation
                where l.id in :ids and l.status = :published""", Listing.class)
                .setParameter("ids", ids)
                .setParameter("published", ListingStatus.PUBLISHED)
                .getResultList();
        return inOrder(ids, found, Listing::getId);
    }

    public Slice<Organisation> organisations(ListParameters p) {
        String where = "exists (select 1 from Listing l where l.organisation = o and l.status = :published)"
                + (p.search() == null ? "" : " and lower(o.name) like :search");
        Function<TypedQuery<?>, TypedQuery<?>> bind = q -> {
            q.setParameter("published", ListingStatus.PUBLISHED);
            if (p.search() != null) {
                q.setParameter("search", like(p.search()));
            }
            return q;
        };
        TypedQuery<Long> count = em.createQuery("select count(o) from Organisation o where " + where, Long.class);
        bind.apply(count);
        TypedQuery<Organisation> page = em.createQuery(
                "select o from Organisation o where " + where + " order by o.name, o.id", Organisation.class);
        bind.apply(page);
        return new Slice<>(
                count.getSingleResult(),
                page.setFirstResult(p.offset()).setMaxResults(p.perPage()).getResultList());
    }

    public Optional<Organisation> organisation(UUID id) {
        return em.createQuery("""
                select o from Organisation o where o.id = :id
                and exists (select 1 from Listing l where l.organisation = o and l.status = :published)""", Organisation.class)
                .setParameter("id", id)
                .setParameter("published", ListingStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    public List<Listing> servicesOf(UUID organisationId) {
        return em.createQuery("""
                select l from Listing l join fetch l.organisation
                where l.organisation.id = :id and l.status = :published order by l.name, l.id""", Listing.class)
                .setParameter("id", organisationId)
                .setParameter("published", ListingStatus.PUBLISHED)
                .getResultList();
    }

    private Filter listingFilter(ListParameters p) {
        Filter filter = new Filter("l.status = :published").param("published", ListingStatus.PUBLISHED);
        if (p.search() != null) {
            filter.and("(lower(l.name) like :search or lower(l.summary) like :search"
                            + " or lower(l.description) like :search or lower(l.organisation.name) like :search)")
                    .param("search", like(p.search()));
        }
        if (p.taxonomyTermId() != null) {
            filter.and("(exists (select 1 from Listing x join x.domains d where x = l and d.id = :term)"
                            + " or exists (select 1 from Listing x join x.tags t where x = l and t.id = :term))")
                    .param("term", p.taxonomyTermId());
        }
        if (p.taxonomyId() != null) {
            // We publish one taxonomy; any other taxonomy id matches nothing here.
            filter.and(
                    p.taxonomyId().equals(OrukTaxonomy.TAXONOMY_ID)
                            ? "exists (select 1 from Listing x join x.domains d where x = l)"
                            : "1 = 0");
        }
        if (p.organizationId() != null) {
            filter.and("l.organisation.id = :organisation").param("organisation", p.organizationId());
        }
        if (p.modifiedAfter() != null) {
            filter.and("l.updatedAt >= :modifiedAfter").param("modifiedAfter", p.modifiedAfter());
        }
        if (p.minimumAge() != null) {
            filter.and("l.minAge >= :minimumAge").param("minimumAge", p.minimumAge());
        }
        if (p.maximumAge() != null) {
            filter.and("l.maxAge <= :maximumAge").param("maximumAge", p.maximumAge());
        }
        sessionFilter(p, filter);
        return filter;
    }

    /** Day and times must hold for the same session: "Mondays from 10am" is one session, not two. */
    private static void sessionFilter(ListParameters p, Filter filter) {
        if (p.day() == null && p.startTime() == null && p.endTime() == null) {
            return;
        }
        List<String> conditions = new ArrayList<>(List.of("s.listing = l"));
        if (p.day() != null) {
            // Days count only for sessions that repeat: a session on set dates may keep an old day.
            conditions.add("s.days like :day and s.frequency in :repeating");
            filter.param("day", "%" + p.day() + "%").param("repeating", List.of(Frequency.WEEKLY, Frequency.MONTHLY));
        }
        if (p.startTime() != null) {
            conditions.add("s.startTime >= :startTime");
            filter.param("startTime", p.startTime());
        }
        if (p.endTime() != null) {
            conditions.add("s.endTime <= :endTime");
            filter.param("endTime", p.endTime());
        }
        filter.and("exists (select 1 from Session s where " + String.join(" and ", conditions) + ")");
    }

    /** Ids of located venues of published listings within the proximity (great-circle distance). */
    private List<UUID> venuesNear(ListParameters p) {
        List<?> rows = em.createNativeQuery("""
                select v.id from venue v join listing l on l.id = v.listing_id
                where l.status = 'PUBLISHED' and v.latitude is not null and v.longitude is not null
                and 2 * 6371008.8 * asin(sqrt(power(sin(radians(v.latitude - ?1) / 2), 2)
                    + cos(radians(?1)) * cos(radians(v.latitude)) * power(sin(radians(v.longitude - ?2) / 2), 2))) <= ?3
                """)
                .setParameter(1, p.near().latitude())
                .setParameter(2, p.near().longitude())
                .setParameter(3, (double) p.proximityMetres())
                .getResultList();
        // An empty "in ()" is not valid SQL: no venue has the nil id.
        return rows.isEmpty()
                ? List.of(new UUID(0, 0))
                : rows.stream().map(UUID.class::cast).toList();
    }

    private static String like(String search) {
        return "%"
                + search.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static <T> List<T> inOrder(List<UUID> ids, List<T> items, Function<T, UUID> id) {
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        return items.stream()
                .sorted(Comparator.comparing(item -> position.get(id.apply(item))))
                .collect(Collectors.toList());
    }

    /** A where clause built from parts, with its parameters. */
    private static final class Filter {
        private final List<String> parts = new ArrayList<>();
        private final Map<String, Object> params = new HashMap<>();

        Filter(String first) {
            parts.add(first);
        }

        Filter and(String part) {
            parts.add(part);
            return this;
        }

        Filter param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        String where() {
            return String.join(" and ", parts);
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            params.forEach(query::setParameter);
            return query;
        }
    }
}
