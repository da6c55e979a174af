package org.healthdirectory.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds where a postcode is. A full postcode we do not know (new, or not loaded) falls back to the
 * centre of its outward code, so a listing or a search is never lost for want of one row.
 * Answers are kept in memory (postcodes do not move), so a search near a postcode asks the
 * database once, not every time.
 */
@ApplicationScoped
public class PostcodeLookup {

    /** Plenty for the postcodes searched in a day; emptied when full rather than tracking use. */
    private static final int CACHE_SIZE = 20_000;

    private final EntityManager entityManager;
    private final Map<String, Optional<Coordinates>> cache = new ConcurrentHashMap<>();

    PostcodeLookup(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Coordinates> locate(Postcode postcode) {
        Optional<Coordinates> known = cache.get(postcode.key());
        if (known != null) {
            return known;
        }
        Optional<Coordinates> found = find(postcode);
        if (cache.size() >= CACHE_SIZE) {
            cache.clear();
        }
        cache.put(postcode.key(), found);
        return found;
    }

    private Optional<Coordinates> find(Postcode postcode) {
        if (postcode.isFull()) {
            Optional<Coordinates> exact = first(
                    entityManager
                            .createNativeQuery(
                                    "select latitude, longitude from postcode where postcode = ?1 and latitude is not null",
                                    Object[].class)
                            .setParameter(1, postcode.key())
                            .getResultList(),
                    Coordinates.Precision.POSTCODE);
            if (exact.isPresent()) {
                return exact;
            }
        }
        return first(
                entityManager
                        .createNativeQuery("select latitude, longitude from outcode where outcode = ?1", Object[].class)
                        .setParameter(1, postcode.outcode())
                        .getResultList(),
                Coordinates.Precision.OUTCODE);
    }

    public Optional<Coordinates> locate(String text) {
        return Postcode.parse(text).flatMap(this::locate);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Coordinates> first(List<?> rows, Coordinates.Precision precision) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(
                new Coordinates(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue(), precision));
    }
}
