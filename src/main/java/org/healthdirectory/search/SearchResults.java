package org.healthdirectory.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of search results, with the domain counts for the filters. {@code distanceApproximate} is
 * true when the place searched from was only placed by its outward code (a few miles across).
 */
public record SearchResults(
        List<Hit> hits,
        long total,
        int page,
        int pageCount,
        Map<String, Long> domainCounts,
        boolean placeFound,
        boolean distanceApproximate) {

    /**
     * One result. {@code whereText}, {@code nextSession}, {@code distanceText} and {@code lastCheckedText} are
     * in the reader's language (English for the API). {@code place} is where the results map puts it (null
     * when it has no position): the place its distance was measured to.
     */
    public record Hit(
            UUID id,
            String name,
            String summary,
            String organisation,
            String cost,
            String whereText,
            Double distanceMiles,
            String distanceText,
            List<String> domains,
            String nextSession,
            boolean takingNewPeople,
            String phone,
            LocalDate lastChecked,
            String lastCheckedText,
            boolean distanceApproximate,
            ResultsMap.Point place) {}

    static SearchResults placeNotFound() {
        return new SearchResults(List.of(), 0, 1, 0, Map.of(), false, false);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** A page number past the last page of a search that did find something (an old or edited link). */
    public boolean isPastTheEnd() {
        return total > 0 && page > pageCount;
    }
}
