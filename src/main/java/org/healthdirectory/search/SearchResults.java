package org.healthdirectory.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of search results, with the domain counts for the filters. */
public record SearchResults(
        List<Hit> hits, long total, int page, int pageCount, Map<String, Long> domainCounts, boolean placeFound) {

    public record Hit(
            UUID id,
            String name,
            String summary,
            String organisation,
            String cost,
            String whereText,
            Double distanceMiles,
            List<String> domains,
            String nextSession,
            boolean takingNewPeople,
            String phone,
            java.time.LocalDate lastChecked,
            boolean distanceApproximate) {

        public String distanceText() {
            if (distanceMiles == null) {
                return null;
            }
            return distanceMiles < 0.1 ? "Less than 0.1 miles away" : String.format("%.1f miles away", distanceMiles);
        }
    }

    static SearchResults placeNotFound() {
        return new SearchResults(List.of(), 0, 1, 0, Map.of(), false);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
