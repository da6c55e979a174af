package org.healthdirectory.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

    private static final DateTimeFormatter LAST_CHECKED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
            LocalDate lastChecked,
            boolean distanceApproximate) {

        public String distanceText() {
            if (distanceMiles == null) {
                return null;
            }
            if (distanceApproximate) {
                // Measured from the middle of an outward code: say so, and do not claim precision.
                return distanceMiles < 1.5
                        ? "About 1 mile away"
                        : String.format("About %d miles away", Math.round(distanceMiles));
            }
            return distanceMiles < 0.1 ? "Less than 0.1 miles away" : String.format("%.1f miles away", distanceMiles);
        }

        /** "Last checked 3 March 2026", in the words the listing page uses. */
        public String lastCheckedText() {
            return lastChecked == null ? null : lastChecked.format(LAST_CHECKED);
        }
    }

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
