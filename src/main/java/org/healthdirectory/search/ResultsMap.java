package org.healthdirectory.search;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The map beside the results list: where each result on the page happens (the place its distance was
 * measured to, read from the search index with the hit, so drawing the map costs no database query). The
 * list stays the main way to read results; the map shows the same ones, drawn in the browser by
 * results-map.js, and there is no map without JavaScript.
 */
@ApplicationScoped
public class ResultsMap {

    @TemplateData
    public record Point(double latitude, double longitude) {}

    /** What the page needs to draw the map; each card carries its own point. */
    @TemplateData
    public record View(String tileUrl, String attribution) {}

    private final DirectoryConfig config;

    ResultsMap(DirectoryConfig config) {
        this.config = config;
    }

    /** The map for one page of results, or null when none of them has a place to show. */
    public View forHits(List<SearchResults.Hit> hits) {
        if (hits.stream().noneMatch(hit -> hit.place() != null)) {
            return null;
        }
        String tiles =
                config.resultsMap().tileUrl().filter(url -> !url.equals("none")).orElse("");
        return new View(tiles, config.resultsMap().attribution());
    }
}
