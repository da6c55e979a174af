package org.healthdirectory.search;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The map beside the results list: where each result on the page happens (its first place with a
 * position). The list stays the main way to read results; the map shows the same ones, drawn in the
 * browser by results-map.js, and there is no map without JavaScript.
 */
@ApplicationScoped
public class ResultsMap {

    @TemplateData
    public record Point(double latitude, double longitude) {}

    /** What the page needs to draw the map; points by listing id. */
    @TemplateData
    public record View(String tileUrl, String attribution, Map<UUID, Point> points) {
        public Point pointFor(UUID listingId) {
            return points.get(listingId);
        }
    }

    private final EntityManager entityManager;
    private final DirectoryConfig config;

    ResultsMap(EntityManager entityManager, DirectoryConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** The map for one page of results, or null when none of them has a place to show. */
    @Transactional
    public View forHits(List<SearchResults.Hit> hits) {
        if (hits.isEmpty()) {
            return null;
        }
        List<?> rows = entityManager
                .createNativeQuery("""
                        select distinct on (listing_id) listing_id, latitude, longitude from venue
                        where listing_id in (?1) and latitude is not null and longitude is not null
                        order by listing_id, id""", Object[].class)
                .setParameter(1, hits.stream().map(SearchResults.Hit::id).toList())
                .getResultList();
        Map<UUID, Point> points = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            points.put(
                    (UUID) columns[0],
                    new Point(((Number) columns[1]).doubleValue(), ((Number) columns[2]).doubleValue()));
        }
        if (points.isEmpty()) {
            return null;
        }
        String tiles =
                config.resultsMap().tileUrl().filter(url -> !url.equals("none")).orElse("");
        return new View(tiles, config.resultsMap().attribution(), points);
    }
}
