package org.healthdirectory.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthdirectory.content.ContentFiles;
import org.healthdirectory.freshness.Staleness;
import org.healthdirectory.geo.Coordinates;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.language.PageWords;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.SessionPattern;
import org.healthdirectory.listing.SessionTimes;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.listing.UpcomingSessionsBinder;
import org.healthdirectory.listing.VenueMode;
import org.healthdirectory.urgenthelp.UrgentHelp;
import org.healthdirectory.web.DirectoryConfig;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

/**
 * Finds published listings, in one request to the search engine and none to the database (hits are
 * built from fields stored in the index). Precise first: words common to every entry are left out,
 * several words must mostly all match, and conditions and needs also match who an entry is for
 * ({@link QueryWords}). Forgiving second: synonyms and stemming always; typos only when the words as
 * typed find nothing, and never on words of four letters or fewer ("art" does not become "are").
 * Nearest first still puts good matches (in the name, tags, type or summary) before weak ones.
 */
@ApplicationScoped
public class ListingSearch {

    private static final Logger LOG = Logger.getLogger(ListingSearch.class);
    private static final AggregationKey<Map<String, Long>> DOMAINS = AggregationKey.of("domains");
    private static final int RECENT_DAYS = 183;

    /** Text fields and their weight: a word in the name counts more than one in the description. */
    private static final List<String> ALL_FIELDS =
            List.of("name^4", "tags.name^3", "domains.name^2", "summary^1.5", "description", "organisation.name");

    /** A match here is a good match; one only in the description or the organisation's name is weak. */
    private static final List<String> STRONG_FIELDS = List.of("name", "tags.name", "domains.name", "summary");

    private static final List<String> PLAIN_FIELDS =
            List.of("name_plain^4", "tags.name_plain^3", "summary_plain", "description_plain");

    /** Two words must both match; from three, three in four must (rounded down). */
    private static final String MOST_WORDS = "2<75%";

    private static final int SHORTEST_WORD_FOR_TYPOS = 5;

    private final SearchSession searchSession;
    private final PostcodeLookup postcodes;
    private final ZeroResultSearches zeroResults;
    private final Clock clock;
    private final DirectoryConfig config;
    private final UrgentHelp urgentHelp;
    private final PageWords words;
    private final QueryWords queryWords = QueryWords.parse(
            ContentFiles.readText("search-common-words.txt").orElse(""),
            ContentFiles.readText("search-vocabulary.txt").orElse(""));
    private final TypedLanguages typedLanguages = TypedLanguages.fromContent();
    private final NothingAsTyped nothingAsTyped;

    ListingSearch(
            SearchSession searchSession,
            PostcodeLookup postcodes,
            ZeroResultSearches zeroResults,
            Clock clock,
            DirectoryConfig config,
            UrgentHelp urgentHelp,
            PageWords words) {
        this.searchSession = searchSession;
        this.postcodes = postcodes;
        this.zeroResults = zeroResults;
        this.clock = clock;
        this.config = config;
        this.urgentHelp = urgentHelp;
        this.words = words;
        this.nothingAsTyped = new NothingAsTyped(clock);
    }

    /*
     * No transaction here or in withTag: a search only reads (the postcode, on a cache miss), Quarkus
     * lets a request read outside one, and starting and ending one cost about 4 % of a search's CPU.
     */
    public SearchResults search(SearchQuery query) {
        Optional<Coordinates> place = query.parsedPostcode().flatMap(postcodes::locate);
        if (query.hasPlace() && place.isEmpty()) {
            return SearchResults.placeNotFound();
        }
        Coordinates from = place.orElse(null);
        QueryWords.Analysed words = queryWords.analyse(urgentHelp.searchWords(typedLanguages.toEnglish(query.text())));
        boolean typosAtOnce = hasTypoCandidates(words) && nothingAsTyped.recently(query);
        SearchResult<Object[]> result = run(query, words, from, typosAtOnce);
        if (!typosAtOnce && result.total().hitCount() == 0 && hasTypoCandidates(words)) {
            // Only now try typos: cheaper for the engine, and no "art" → "are" noise when words match.
            nothingAsTyped.remember(query);
            result = run(query, words, from, true);
        }

        long total = result.total().hitCount();
        int pageCount = (int) Math.ceil(total / (double) SearchQuery.PAGE_SIZE);
        if (total == 0 && query.page() == 1 && !query.isEmpty()) {
            zeroResults.record(query);
        }
        boolean approximate = from != null && from.precision() == Coordinates.Precision.OUTCODE;
        Instant now = clock.instant();
        List<SearchResults.Hit> hits = result.hits().stream()
                .map(row -> toHit(row, from, approximate, now))
                .toList();
        return new SearchResults(hits, total, query.page(), pageCount, result.aggregation(DOMAINS), true, approximate);
    }

    /** One page of the published listings with a tag (the tag pages), in name order. */
    public SearchResults withTag(String tagSlug, int page) {
        int shown = Math.max(page, 1);
        SearchResult<Object[]> result = searchSession
                .search(Listing.class)
                .select(ListingSearch::hitFields)
                .where(f -> f.match().field("tags.slug").matching(tagSlug))
                .sort(f -> f.field("name_sort"))
                .fetch((shown - 1) * SearchQuery.PAGE_SIZE, SearchQuery.PAGE_SIZE);
        long total = result.total().hitCount();
        List<SearchResults.Hit> hits = result.hits().stream()
                .map(row -> toHit(row, null, false, clock.instant()))
                .toList();
        int pageCount = (int) Math.ceil(total / (double) SearchQuery.PAGE_SIZE);
        return new SearchResults(hits, total, shown, pageCount, Map.of(), true, false);
    }

    /** What a result shows, read from the index (no database round trip per hit); see {@link #toHit}. */
    private static ProjectionFinalStep<Object[]> hitFields(SearchProjectionFactory<?, ?> f) {
        return f.composite()
                .from(
                        f.id(UUID.class),
                        f.field("name", String.class),
                        f.field("summary", String.class),
                        f.field("organisation.name", String.class),
                        f.field("cost", Cost.class),
                        f.field("where", String.class),
                        f.field("venues.location", GeoPoint.class).list(),
                        f.field("domains.name", String.class).list(),
                        f.field("takingNewPeople", Boolean.class),
                        f.field("phone", String.class),
                        f.field("lastConfirmedAt", Instant.class),
                        f.field(UpcomingSessionsBinder.UPCOMING_TIMES, String.class),
                        f.field(UpcomingSessionsBinder.SESSION_PATTERN, String.class))
                .asArray();
    }

    private SearchResult<Object[]> run(
            SearchQuery query, QueryWords.Analysed words, Coordinates from, boolean withTypos) {
        GeoPoint centre = from == null ? null : GeoPoint.of(from.latitude(), from.longitude());
        int offset = (query.page() - 1) * SearchQuery.PAGE_SIZE;
        return searchSession
                .search(Listing.class)
                .extension(ElasticsearchExtension.get())
                .select(ListingSearch::hitFields)
                .where(f -> predicate(f, query, words, centre, withTypos))
                .sort(f -> {
                    if (centre != null && query.nearestFirst()) {
                        // With words: good matches first (see predicate), then nearest. Without: nearest.
                        return query.hasText()
                                ? f.composite(c -> c.add(f.score())
                                        .add(f.distance("venues.location", centre))
                                        .add(f.field("name_sort")))
                                : f.composite(c -> c.add(f.distance("venues.location", centre))
                                        .add(f.score())
                                        .add(f.field("name_sort")));
                    }
                    return f.composite(c -> c.add(f.score()).add(f.field("name_sort")));
                })
                .aggregation(
                        DOMAINS,
                        f -> f.terms().field("domains.slug", String.class).maxTermCount(20))
                .requestTransformer(context -> {
                    // Same words, same day: the engine's request cache can answer (no per-millisecond values).
                    context.parametersMap().put("request_cache", "true");
                    if (query.domain() != null) {
                        // The domain narrows the hits but not the counts, so people see what switching gives.
                        context.body().add("post_filter", term("domains.slug", query.domain()));
                    }
                    // The benchmark replays exactly this request straight to OpenSearch (deploy/benchmark).
                    if (LOG.isDebugEnabled()) {
                        // Hibernate Search sends from and size as URL parameters: log them with the body.
                        String parameters = context.parametersMap().entrySet().stream()
                                .map(p -> p.getKey() + "=" + p.getValue())
                                .collect(Collectors.joining("&"));
                        LOG.debugf("OpenSearch request: %s?%s %s", context.path(), parameters, context.body());
                    }
                })
                .fetch(offset, SearchQuery.PAGE_SIZE);
    }

    private BooleanPredicateClausesStep<?, ?> predicate(
            SearchPredicateFactory f,
            SearchQuery query,
            QueryWords.Analysed words,
            GeoPoint centre,
            boolean withTypos) {
        BooleanPredicateClausesStep<?, ?> root = f.bool();
        root.must(f.matchAll());
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        boolean nearestFirst = centre != null && query.nearestFirst();
        if (query.hasText() && !words.isEmpty()) {
            SearchPredicate anyMatch = textMatch(f, words, ALL_FIELDS, withTypos);
            if (nearestFirst) {
                // Tiers, then distance: good matches nearest first, then weak matches nearest first.
                root.filter(anyMatch);
                root.should(f.bool()
                        .must(textMatch(f, words, STRONG_FIELDS, false))
                        .constantScore()
                        .boost(10f));
            } else {
                root.must(anyMatch);
                if (words.meaningful() != null) {
                    // The words exactly as typed (no synonyms) count extra: "crochet" puts crochet before knitting.
                    root.should(f.match()
                            .field("name")
                            .boost(4f)
                            .field("tags.name")
                            .boost(3f)
                            .field("summary")
                            .matching(words.meaningful())
                            .analyzer("english")
                            .boost(4f));
                }
                root.should(f.range()
                        .field("lastConfirmedAt")
                        .atLeast(today.minusDays(RECENT_DAYS)
                                .atStartOfDay(UkTime.ZONE)
                                .toInstant())
                        .constantScore()
                        .boost(0.5f));
            }
        } else if (query.hasText()) {
            root.filter(f.matchNone());
        }
        // Entries that may be out of date (the page warns about them) rank below fresher equal matches.
        root.should(f.range()
                .field("lastConfirmedAt")
                .atLeast(Staleness.freshSince(today, config.freshness().outOfDateMonths()))
                .constantScore()
                .boost(1f));
        addChosenFilters(f, root, query.filters());
        if (query.filters().when() != null) {
            root.filter(SessionsWhen.predicate(f, query.filters().when(), clock.instant()));
        }
        if (centre != null) {
            root.filter(
                    f.spatial().within().field("venues.location").circle(centre, query.radius(), DistanceUnit.MILES));
            if (!nearestFirst) {
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
        }
        return root;
    }

    /**
     * The words must mostly match across the given fields (with synonyms and stemming); conditions and
     * needs match as words or as the entry's audiences, accessibility features and tags.
     */
    private static SearchPredicate textMatch(
            SearchPredicateFactory f, QueryWords.Analysed words, List<String> fields, boolean withTypos) {
        BooleanPredicateClausesStep<?, ?> match = f.bool();
        SearchPredicate rest = null;
        if (words.text() != null) {
            SearchPredicate asTyped = json(f, multiMatch(words.text(), fields, MOST_WORDS));
            rest = withTypos
                    ? f.bool()
                            .should(asTyped)
                            .should(typoTolerant(f, words.words(), fields))
                            .toPredicate()
                    : asTyped;
        }
        for (QueryWords.Concept concept : words.concepts()) {
            BooleanPredicateClausesStep<?, ?> conceptMatch = f.bool();
            conceptMatch.should(json(f, multiMatch(concept.phrase(), fields, "100%")));
            if (!concept.audiences().isEmpty()) {
                conceptMatch.should(f.terms().field("audiences").matchingAny(concept.audiences()));
            }
            if (!concept.accessibility().isEmpty()) {
                conceptMatch.should(f.terms().field("accessibility").matchingAny(concept.accessibility()));
            }
            if (!concept.tags().isEmpty()) {
                conceptMatch.should(f.terms().field("tags.slug").matchingAny(concept.tags()));
            }
            // With other words, a concept ranks entries up; on its own, it is what is searched for.
            match.should(conceptMatch.boost(2f));
        }
        if (rest != null) {
            match.must(rest);
        } else {
            match.minimumShouldMatchNumber(1);
        }
        return match.toPredicate();
    }

    /**
     * Each word of five letters or more may have typos: one up to seven letters, two from eight,
     * matched against whole words (the "plain" fields) with the first letter right. Most of those
     * words must match, as typed or with a typo; shorter words only rank entries up.
     */
    private static SearchPredicate typoTolerant(SearchPredicateFactory f, List<String> words, List<String> fields) {
        BooleanPredicateClausesStep<?, ?> longWords = f.bool();
        BooleanPredicateClausesStep<?, ?> all = f.bool();
        int n = 0;
        for (String word : words) {
            SearchPredicate asTyped = json(f, multiMatch(word, fields, "100%"));
            if (word.length() < SHORTEST_WORD_FOR_TYPOS) {
                all.should(asTyped);
                continue;
            }
            JsonObject fuzzy = multiMatch(word, PLAIN_FIELDS, "100%");
            JsonObject options = fuzzy.getAsJsonObject("multi_match");
            options.addProperty("type", "best_fields");
            options.addProperty("fuzziness", word.length() < 8 ? "1" : "2");
            options.addProperty("prefix_length", 1);
            longWords.should(f.bool().should(asTyped).should(json(f, fuzzy)));
            n++;
        }
        longWords.minimumShouldMatchNumber(n <= 2 ? n : (n * 3) / 4);
        return all.must(longWords).toPredicate();
    }

    private static boolean hasTypoCandidates(QueryWords.Analysed words) {
        return words.words().stream().anyMatch(w -> w.length() >= SHORTEST_WORD_FOR_TYPOS);
    }

    private static JsonObject multiMatch(String text, List<String> fields, String minimumShouldMatch) {
        JsonObject options = new JsonObject();
        options.addProperty("query", text);
        options.addProperty("type", "cross_fields");
        JsonArray names = new JsonArray();
        fields.forEach(names::add);
        options.add("fields", names);
        options.addProperty("minimum_should_match", minimumShouldMatch);
        JsonObject query = new JsonObject();
        query.add("multi_match", options);
        return query;
    }

    private static JsonObject term(String field, String value) {
        JsonObject fieldValue = new JsonObject();
        fieldValue.add(field, new JsonPrimitive(value));
        JsonObject query = new JsonObject();
        query.add("term", fieldValue);
        return query;
    }

    private static SearchPredicate json(SearchPredicateFactory f, JsonObject query) {
        return f.extension(ElasticsearchExtension.get()).fromJson(query).toPredicate();
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

    @SuppressWarnings("unchecked")
    private SearchResults.Hit toHit(Object[] row, Coordinates from, boolean approximate, Instant now) {
        // One per venue, null for a venue with no position (online, at home).
        List<GeoPoint> locations =
                ((List<GeoPoint>) row[6]).stream().filter(Objects::nonNull).toList();
        // The map pin goes where the distance was measured to: the nearest place, else the first.
        GeoPoint place = from == null
                ? locations.stream().findFirst().orElse(null)
                : locations.stream()
                        .min(Comparator.comparingDouble(p -> from.milesTo(p.latitude(), p.longitude())))
                        .orElse(null);
        Double distance = from == null || place == null ? null : from.milesTo(place.latitude(), place.longitude());
        Instant lastConfirmed = (Instant) row[10];
        LocalDate lastChecked = lastConfirmed == null ? null : LocalDate.ofInstant(lastConfirmed, UkTime.ZONE);
        boolean roughly = distance != null && approximate;
        return new SearchResults.Hit(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                row[4] == null ? words.askTheGroup() : words.cost((Cost) row[4]),
                words.where((String) row[5]),
                distance,
                distance == null ? null : words.distance(distance, roughly),
                ((List<String>) row[7]).stream().sorted().toList(),
                // Else the first session's pattern, said in the reader's language.
                SessionTimes.nextOccurrence(UpcomingSessionsBinder.readTimes((String) row[11]), now)
                        .map(words::next)
                        .orElseGet(() -> patternText((String) row[12])),
                Boolean.TRUE.equals(row[8]),
                (String) row[9],
                lastChecked,
                lastChecked == null ? null : words.dateWithYear(lastChecked),
                roughly,
                place == null ? null : new ResultsMap.Point(place.latitude(), place.longitude()));
    }

    private String patternText(String indexedPattern) {
        SessionPattern pattern = UpcomingSessionsBinder.readPattern(indexedPattern);
        return pattern == null ? null : words.sessionText(pattern);
    }
}
