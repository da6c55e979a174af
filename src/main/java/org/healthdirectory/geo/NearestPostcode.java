package org.healthdirectory.geo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Turns a position from the browser ("Use my location") into the nearest postcode we know, so a search
 * near someone works like a typed postcode. The position is used for this one look-up and never stored.
 */
@ApplicationScoped
public class NearestPostcode {

    /** About 7 miles north and south: far enough for rural postcodes, small enough to use the index. */
    private static final double BAND_DEGREES = 0.1;

    private static final double MAX_MILES = 10;

    private final EntityManager entityManager;

    NearestPostcode(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Whether a position is roughly in the United Kingdom, where the postcode data is. */
    public static boolean inUk(double latitude, double longitude) {
        return latitude >= 49.8 && latitude <= 60.9 && longitude >= -8.7 && longitude <= 1.8;
    }

    /** The nearest full postcode (or, failing that, outward code) within 10 miles, as people write it. */
    @Transactional
    public Optional<String> near(double latitude, double longitude) {
        double lonScale = Math.cos(Math.toRadians(latitude));
        List<?> postcodes = entityManager
                .createNativeQuery("""
                        select postcode, latitude, longitude from postcode
                        where latitude between ?1 and ?2 and longitude is not null and not terminated
                        order by power(latitude - ?3, 2) + power((longitude - ?4) * ?5, 2)
                        limit 1""", Object[].class)
                .setParameter(1, latitude - BAND_DEGREES)
                .setParameter(2, latitude + BAND_DEGREES)
                .setParameter(3, latitude)
                .setParameter(4, longitude)
                .setParameter(5, lonScale)
                .getResultList();
        Optional<String> full = closeEnough(postcodes, latitude, longitude)
                .flatMap(Postcode::parse)
                .map(Postcode::display);
        if (full.isPresent()) {
            return full;
        }
        List<?> outcodes = entityManager
                .createNativeQuery("""
                        select outcode, latitude, longitude from outcode
                        order by power(latitude - ?1, 2) + power((longitude - ?2) * ?3, 2)
                        limit 1""", Object[].class)
                .setParameter(1, latitude)
                .setParameter(2, longitude)
                .setParameter(3, lonScale)
                .getResultList();
        return closeEnough(outcodes, latitude, longitude);
    }

    private static Optional<String> closeEnough(List<?> rows, double latitude, double longitude) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Coordinates found = new Coordinates(
                ((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue(), Coordinates.Precision.POSTCODE);
        return found.milesTo(latitude, longitude) <= MAX_MILES ? Optional.of((String) row[0]) : Optional.empty();
    }
}
