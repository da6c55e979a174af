package org.healthdirectory.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Searches whose words found nothing as typed a short while ago ("walkng" near LS6), so the same search
 * goes straight to the typo-tolerant request instead of asking the engine twice. Misspellings repeat:
 * people type the same ones. Forgetting after a few minutes keeps this right when listings change; and
 * the typo-tolerant request still finds every listing the words match as typed.
 */
final class NothingAsTyped {

    private static final Duration KEPT_FOR = Duration.ofMinutes(5);

    /** Plenty for the misspellings of a few minutes; emptied when full rather than tracking use. */
    private static final int MOST_KEPT = 10_000;

    private final Map<SearchQuery, Instant> foundNothingAt = new ConcurrentHashMap<>();
    private final Clock clock;

    NothingAsTyped(Clock clock) {
        this.clock = clock;
    }

    boolean recently(SearchQuery query) {
        Instant at = foundNothingAt.get(anyPage(query));
        return at != null && at.plus(KEPT_FOR).isAfter(clock.instant());
    }

    void remember(SearchQuery query) {
        if (foundNothingAt.size() >= MOST_KEPT) {
            foundNothingAt.clear();
        }
        foundNothingAt.put(anyPage(query), clock.instant());
    }

    private static SearchQuery anyPage(SearchQuery query) {
        return new SearchQuery(
                query.text(), query.domain(), query.postcode(), query.radiusMiles(), query.filters(), query.sort(), 1);
    }
}
