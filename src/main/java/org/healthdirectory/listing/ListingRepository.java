package org.healthdirectory.listing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ListingRepository implements PanacheRepositoryBase<Listing, UUID> {

    /** A published listing by the id in an address; empty for anything else, including a malformed id. */
    public Optional<Listing> findPublished(String id) {
        try {
            return findByIdOptional(UUID.fromString(id)).filter(Listing::isPublished);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A published listing with everything its page shows, in one query per collection. */
    public Optional<Listing> findPublishedForPage(UUID id) {
        Optional<Listing> listing = find("""
                select l from Listing l join fetch l.organisation
                where l.id = ?1 and l.status = ?2""", id, ListingStatus.PUBLISHED).firstResultOptional();
        listing.ifPresent(l -> {
            l.getVenues().size();
            l.getSessions().size();
            l.getDomains().size();
            l.getTags().size();
        });
        return listing;
    }

    /** Number of published listings in each domain, keyed by domain slug. */
    public Map<String, Long> countPublishedByDomain() {
        List<Object[]> rows = getEntityManager()
                .createQuery("""
                select d.slug, count(l) from Listing l join l.domains d
                where l.status = :status group by d.slug""", Object[].class)
                .setParameter("status", ListingStatus.PUBLISHED)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    public long countPublished() {
        return count("status", ListingStatus.PUBLISHED);
    }
}
