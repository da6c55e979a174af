package org.healthdirectory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.healthdirectory.freshness.Staleness;
import org.healthdirectory.geo.Coordinates;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.SessionTimes;
import org.healthdirectory.listing.Venue;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.schedule.SessionsWhen;
import org.healthdirectory.web.DirectoryConfig;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * Finds published listings. Forgiving on purpose: synonyms ("rambling" finds walking groups),
 * stemming ("walks"), and one typo per word ("walkng"). Name and tag matches count most; entries
 * confirmed in the last six months rank a little higher, and those not confirmed for a year rank lower.
 */
@ApplicationScoped
public class ListingSearch {

    private static final AggregationKey<Map<String, Long>> DOMAINS = AggregationKey.of("domains");
    private static final Duration RECENT = Duration.ofDays(183);

    private final SearchSession searchSession;
    private final PostcodeLookup postcodes;
    private final ZeroResultSearches zeroResults;
    private final Clock clock;
    private final DirectoryConfig config;

    ListingSearch(
            SearchSession searchSession,
            PostcodeLookup postcodes,
            ZeroResultSearches zeroResults,
            Clock clock,
            DirectoryConfig config) {
        this.searchSession = searchSession;
        this.postcodes = postcodes;
        this.zeroResults = zeroResults;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public SearchResults search(SearchQuery query) {
        Optional<Coordinates> place = query.parsedPostcode().flatMap(postcodes::locate);
        if (query.hasPlace() && place.isEmpty()) {
            return SearchResults.placeNotFound();
        }
        GeoPoint centre =
                place.map(p -> GeoPoint.of(p.latitude(), p.longitude())).orElse(null);
        int offset = (query.page() - 1) * SearchQuery.PAGE_SIZE;

        SearchResult<Listing> result = searchSession
                .search(Listing.class)
                .where(f -> predicate(f, query, centre, true))
                .sort(f -> centre != null && query.nearestFirst()
                        ? f.composite(c ->
                                c.add(f.distance("venues.location", centre)).add(f.score()))
                        : f.composite(c -> c.add(f.score()).add(f.field("name_sort"))))
                .aggregation(
                        DOMAINS,
                        f -> f.terms().field("domains.slug", String.class).maxTermCount(20))
                .fetch(offset, SearchQuery.PAGE_SIZE);

        Map<String, Long> domainCounts =
                query.domain() == null ? result.aggregation(DOMAINS) : countsWithoutDomainFilter(query, centre);
        long total = result.total().hitCount();
        int pageCount = (int) Math.ceil(total / (double) SearchQuery.PAGE_SIZE);
        if (total == 0 && query.page() == 1 && !query.isEmpty()) {
            zeroResults.record(query);
        }
        List<SearchResults.Hit> hits =
                result.hits().stream().map(l -> toHit(l, place.orElse(null))).toList();
        return new SearchResults(hits, total, query.page(), pageCount, domainCounts, true);
    }

    /** Domain counts ignore the chosen domain, so people see what switching domain would give. */
    private Map<String, Long> countsWithoutDomainFilter(SearchQuery query, GeoPoint centre) {
        return searchSession
                .search(Listing.class)
                .where(f -> predicate(f, query, centre, false))
                .aggregation(
                        DOMAINS,
                        f -> f.terms().field("domains.slug", String.class).maxTermCount(20))
                .fetch(0)
                .aggregation(DOMAINS);
    }

    private BooleanPredicateClausesStep<?, ?> predicate(
            SearchPredicateFactory f, SearchQuery query, GeoPoint centre, boolean withDomain) {
        BooleanPredicateClausesStep<?, ?> root = f.bool();
        root.must(f.matchAll());
        if (query.hasText()) {
            BooleanPredicateClausesStep<?, ?> text = f.bool().minimumShouldMatchNumber(1);
            text.should(f.match()
                    .field("name")
                    .boost(4f)
                    .field("tags.name")
                    .boost(3f)
                    .field("domains.name")
                    .boost(2f)
                    .field("summary")
                    .boost(1.5f)
                    .field("description")
                    .field("organisation.name")
                    .matching(query.text()));
            // The words exactly as typed (no synonyms) count extra: "crochet" puts crochet before knitting.
            text.should(f.match()
                    .field("name")
                    .boost(4f)
                    .field("tags.name")
                    .boost(3f)
                    .field("summary")
                    .matching(query.text())
                    .analyzer("english")
                    .boost(4f));
            typoTolerant(f, query.text()).ifPresent(text::should);
            root.must(text);
            root.should(f.range()
                    .field("lastConfirmedAt")
                    .atLeast(clock.instant().minus(RECENT))
                    .boost(0.5f));
        }
        // Entries that may be out of date (the page warns about them) rank below fresher equal matches.
        root.should(f.range()
                .field("lastConfirmedAt")
                .atLeast(Staleness.freshSince(
                        LocalDate.now(clock.withZone(Staleness.UK)),
                        config.freshness().outOfDateMonths()))
                .constantScore()
                .boost(1f));
        if (withDomain && query.domain() != null) {
            root.filter(f.match().field("domains.slug").matching(query.domain()));
        }
        addChosenFilters(f, root, query.filters());
        if (query.filters().when() != null) {
            root.filter(SessionsWhen.predicate(f, query.filters().when(), clock.instant()));
        }
        if (centre != null) {
            root.filter(
                    f.spatial().within().field("venues.location").circle(centre, query.radius(), DistanceUnit.MILES));
            // Among equally good matches, nearer ones rank higher.
            root.should(f.spatial()
                    .within()
                    .field("venues.location")
                    .circle(centre, 1, DistanceUnit.MILES)
                    .constantScore()
                    .boost(2f));
            root.should(f.spatial()
                    .within()
                    .field("venues.location")
                    .circle(centre, 2, DistanceUnit.MILES)
                    .constantScore()
                    .boost(1f));
        }
        return root;
    }

    private static void addChosenFilters(
            SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root, SearchQuery.Filters filters) {
        if (filters.freeOnly()) {
            root.filter(f.match().field("cost").matching(Cost.FREE));
        }
        if (!filters.days().isEmpty()) {
            root.filter(f.terms().field("sessions.days").matchingAny(filters.days()));
        }
        if (!filters.times().isEmpty()) {
            root.filter(f.terms().field("sessions.timesOfDay").matchingAny(filters.times()));
        }
        if (filters.age() != null) {
            // No age limit set means open to all ages.
            root.filter(f.bool()
                    .should(f.not(f.exists().field("minAge")))
                    .should(f.range().field("minAge").atMost(filters.age())));
            root.filter(f.bool()
                    .should(f.not(f.exists().field("maxAge")))
                    .should(f.range().field("maxAge").atLeast(filters.age())));
        }
        if (!filters.audiences().isEmpty()) {
            root.filter(f.terms().field("audiences").matchingAny(filters.audiences()));
        }
        if (!filters.accessibility().isEmpty()) {
            // Every need chosen must be met.
            root.filter(f.terms().field("accessibility").matchingAll(filters.accessibility()));
        }
        if (filters.language() != null) {
            root.filter(f.match().field("languages").matching(filters.language()));
        }
        if (filters.mode() != null) {
            root.filter(f.match()
                    .field("venues.mode")
                    .matching(VenueMode.valueOf(
                            filters.mode().toUpperCase(Locale.ROOT).replace('-', '_'))));
        }
        if (filters.takingNewPeople()) {
            root.filter(f.match().field("takingNewPeople").matching(true));
        }
    }

    /**
     * Each word may have typos: one for words of 3 to 5 letters, two for longer ones (as Elasticsearch's
     * "AUTO" fuzziness), matched against whole words. The first letter must be right, which keeps
     * short words from matching everything.
     */
    private static Optional<SearchPredicate> typoTolerant(SearchPredicateFactory f, String text) {
        BooleanPredicateClausesStep<?, ?> words = f.bool();
        boolean any = false;
        for (String word : text.toLowerCase(Locale.UK).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                words.should(f.match()
                        .field("name_plain")
                        .boost(4f)
                        .field("tags.name_plain")
                        .boost(3f)
                        .field("summary_plain")
                        .field("description_plain")
                        .matching(word)
                        .fuzzy(word.length() <= 5 ? 1 : 2, 1));
                any = true;
            }
        }
        return any ? Optional.of(words.toPredicate()) : Optional.empty();
    }

    private SearchResults.Hit toHit(Listing listing, Coordinates place) {
        Double distance = place == null
                ? null
                : listing.getVenues().stream()
                        .filter(Venue::isLocated)
                        .map(v -> place.milesTo(v.getLatitude(), v.getLongitude()))
                        .min(Comparator.naturalOrder())
                        .orElse(null);
        return new SearchResults.Hit(
                listing.getId(),
                listing.getName(),
                listing.getSummary(),
                listing.getOrganisation().getName(),
                listing.getCost().label,
                whereText(listing),
                distance,
                listing.getDomains().stream().map(d -> d.getName()).sorted().toList(),
                SessionTimes.nextSession(listing, clock.instant()).orElse(null),
                listing.isTakingNewPeople(),
                listing.getContactPhone(),
                listing.getLastConfirmedAt() == null
                        ? null
                        : LocalDate.ofInstant(listing.getLastConfirmedAt(), Staleness.UK),
                distance != null && place.precision() == Coordinates.Precision.OUTCODE);
    }

    private static String whereText(Listing listing) {
        return listing.getVenues().stream()
                .findFirst()
                .map(v -> switch (v.getMode()) {
                    case ONLINE -> "Online";
                    case AT_HOME -> "At your home or by phone";
                    case IN_PERSON -> v.getName() == null ? v.getPostcode() : v.getName() + ", " + v.getPostcode();
                })
                .orElse("Contact them for details");
    }
}
