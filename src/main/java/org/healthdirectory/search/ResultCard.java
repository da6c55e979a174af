package org.healthdirectory.search;

import java.util.List;

/**
 * One result card as the search and tag pages draw it: the hit, the address of its listing page (carrying
 * the way back to these results) and its place on the map (null when there is no map or no position).
 * Built once in Java, so the card's template reads only its own values.
 */
public record ResultCard(SearchResults.Hit hit, String href, ResultsMap.Point point) {

    /** The cards for one page of results; {@code back} is the results' own address, URL-encoded. */
    static List<ResultCard> of(List<SearchResults.Hit> hits, ResultsMap.View map, String back) {
        return hits.stream()
                .map(hit -> new ResultCard(
                        hit, "/listings/" + hit.id() + "?back=" + back, map == null ? null : map.pointFor(hit.id())))
                .toList();
    }
}
