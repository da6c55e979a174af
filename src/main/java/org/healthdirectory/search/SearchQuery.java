package org.healthdirectory.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.healthdirectory.geo.PlaceNames;
import org.healthdirectory.geo.Postcode;

/**
 * What someone searched for, already checked (see {@link SearchForm}). Blank values mean "any".
 */
public record SearchQuery(
        String text, String domain, String postcode, Integer radiusMiles, Filters filters, String sort, int page) {

    /** Sort orders: best match first, or nearest first (needs a postcode). */
    public static final String RELEVANCE = "relevance";

    public static final String NEAREST = "nearest";

    public static final List<Integer> RADII = List.of(1, 3, 5, 10);
    public static final int DEFAULT_RADIUS = 3;
    public static final int PAGE_SIZE = 20;
    /** OpenSearch serves the first 10,000 results of a query: 500 pages of 20. */
    public static final int MAX_PAGE = 500;

    /** The narrowing choices under "More filters". Lists are empty when nothing is chosen. */
    public record Filters(
            boolean freeOnly,
            List<String> days,
            List<String> times,
            Integer age,
            List<String> audiences,
            List<String> accessibility,
            String language,
            String mode,
            boolean takingNewPeople,
            String when) {

        public static final Filters NONE =
                new Filters(false, List.of(), List.of(), null, List.of(), List.of(), null, null, false, null);

        public boolean any() {
            return !equals(NONE);
        }

        /** How many filters beyond "free only" are chosen, to open "More filters" when there are some. */
        public boolean anyMore() {
            return !days.isEmpty()
                    || !times.isEmpty()
                    || age != null
                    || !audiences.isEmpty()
                    || !accessibility.isEmpty()
                    || language != null
                    || mode != null
                    || takingNewPeople
                    || when != null;
        }
    }

    public SearchQuery {
        text = trimToNull(text);
        domain = trimToNull(domain);
        postcode = trimToNull(postcode);
        filters = filters == null ? Filters.NONE : filters;
        sort = sort == null ? (postcode == null ? RELEVANCE : NEAREST) : sort;
        page = Math.max(page, 1);
    }

    /** The postcode typed, or the outward code of a place name typed instead ("Gorton" → M18). */
    public Optional<Postcode> parsedPostcode() {
        return Postcode.parse(postcode)
                .or(() -> PlaceNames.find(postcode).flatMap(place -> Postcode.parse(place.outcode())));
    }

    /** How to say where the search is centred: "M40 9NB" or "Gorton". */
    public String placeText() {
        return PlaceNames.find(postcode)
                .map(PlaceNames.Place::name)
                .orElseGet(() -> parsedPostcode().map(Postcode::display).orElse(postcode));
    }

    public int radius() {
        return radiusMiles == null ? DEFAULT_RADIUS : radiusMiles;
    }

    /** Nearest first: the default when a postcode is given, as people expect of a "near me" search. */
    public boolean nearestFirst() {
        return hasPlace() && NEAREST.equals(sort);
    }

    public boolean hasText() {
        return text != null;
    }

    public boolean hasPlace() {
        return postcode != null;
    }

    public boolean isEmpty() {
        return !hasText() && !hasPlace() && domain == null && !filters.any();
    }

    public SearchQuery withDomain(String otherDomain) {
        return new SearchQuery(text, otherDomain, postcode, radiusMiles, filters, sort, 1);
    }

    public SearchQuery withSort(String otherSort) {
        return new SearchQuery(text, domain, postcode, radiusMiles, filters, otherSort, 1);
    }

    /** The address of a page of this search on the search page, e.g. "/search?q=walking&page=2". */
    public String href(int pageNumber) {
        StringBuilder href = new StringBuilder("/search?");
        append(href, "q", text);
        append(href, "domain", domain);
        append(href, "postcode", postcode);
        if (hasPlace()) {
            append(href, "radius", String.valueOf(radius()));
            append(href, "sort", sort);
        }
        if (filters.freeOnly()) {
            append(href, "free", "yes");
        }
        filters.days().forEach(day -> append(href, "day", day));
        filters.times().forEach(time -> append(href, "time", time));
        append(href, "age", filters.age() == null ? null : filters.age().toString());
        filters.audiences().forEach(audience -> append(href, "audience", audience));
        filters.accessibility().forEach(feature -> append(href, "access", feature));
        append(href, "language", filters.language());
        append(href, "mode", filters.mode());
        if (filters.when() != null) {
            append(href, "when", filters.when());
        }
        if (filters.takingNewPeople()) {
            append(href, "open", "yes");
        }
        append(href, "page", String.valueOf(pageNumber));
        return href.substring(0, href.length() - 1);
    }

    private static void append(StringBuilder href, String name, String value) {
        if (value != null) {
            href.append(name)
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                    .append('&');
        }
    }

    static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
