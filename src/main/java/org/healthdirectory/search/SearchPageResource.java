package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.language.ChosenLanguage;
import org.healthdirectory.language.ContentTranslations;
import org.healthdirectory.language.Messages;
import org.healthdirectory.language.MoreMessages;
import org.healthdirectory.language.Translations;
import org.healthdirectory.taxonomy.TagLink;
import org.healthdirectory.urgenthelp.UrgentHelp;
import org.healthdirectory.web.FieldError;

/**
 * The public search page: a GET form, so every search is a shareable address and works without JavaScript.
 * The page's values carry {@code @TemplateData}, so Qute reads each of them through a generated resolver; the
 * resolvers Quarkus generates by itself covered only the members used in message parameters, and the rest
 * went through reflection. The search's own records are named here.
 */
@TemplateData(target = SearchResults.class)
@TemplateData(target = SearchResults.Hit.class)
@TemplateData(target = SearchQuery.class)
@TemplateData(target = SearchQuery.Filters.class)
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPageResource {

    @TemplateData
    public record Option(String value, String label, boolean selected) {}

    @TemplateData
    public record DomainOption(String slug, String name, long count, boolean selected, String href) {}

    @TemplateData
    public record SearchView(
            SearchQuery query,
            List<FieldError> errors,
            SearchResults results,
            List<DomainOption> domains,
            List<Option> radii,
            String selectedDomainName,
            String previousHref,
            String nextHref,
            String allTypesHref,
            SearchOptions options,
            UrgentHelp.Panel urgentHelp,
            ResultsMap.View map,
            List<ResultCard> cards,
            List<TagLink> domainTags,
            String findAnActivity,
            String title,
            String placeNote) {

        /** When nothing is found in the chosen domain: the other domains that do have matches. */
        public List<DomainOption> otherDomains() {
            return query.domain() == null
                    ? List.of()
                    : domains.stream()
                            .filter(d -> d.count() > 0 && !d.selected())
                            .toList();
        }

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }

        /** The heading: the chosen type of activity, or "Find an activity". */
        public String heading() {
            return selectedDomainName != null ? selectedDomainName : findAnActivity;
        }

        public String firstPageHref() {
            return query.href(1);
        }

        public List<SessionsWhen.Choice> whenChoices() {
            return SessionsWhen.choices(query.filters().when());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);
    }

    private final ListingSearch search;
    private final Browsing browsing;
    private final ContentCatalogue catalogue;
    private final UrgentHelp urgentHelp;
    private final ResultsMap resultsMap;
    private final ContentTranslations translated;
    private final ChosenLanguage language;
    private final TypedLanguages typedLanguages = TypedLanguages.fromContent();

    SearchPageResource(
            ListingSearch search,
            Browsing browsing,
            ContentCatalogue catalogue,
            UrgentHelp urgentHelp,
            ResultsMap resultsMap,
            ContentTranslations translated,
            ChosenLanguage language) {
        this.search = search;
        this.browsing = browsing;
        this.catalogue = catalogue;
        this.urgentHelp = urgentHelp;
        this.resultsMap = resultsMap;
        this.translated = translated;
        this.language = language;
    }

    @GET
    public Response search(@BeanParam SearchForm form) {
        SearchForm.Checked checked = form.check(catalogue);
        SearchQuery query = checked.query();
        List<FieldError> errors = new ArrayList<>(checked.errors());
        SearchResults results = errors.isEmpty() ? search.search(query) : SearchResults.placeNotFound();
        if (errors.isEmpty() && !results.placeFound()) {
            errors.add(new FieldError(
                    "postcode", "We could not find that postcode. Check it, or try the first part only, like M11"));
        }
        List<FieldError> shown = errors.stream().map(this::inReadersLanguage).toList();
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.search(view(query, shown, results)))
                .build();
    }

    /** The form checks speak English (the JSON API shares them); the page says the same in the reader's words. */
    private FieldError inReadersLanguage(FieldError error) {
        if (language.isEnglish()) {
            return error;
        }
        Messages msg = Translations.messages(language.current());
        String message = switch (error.field()) {
            case "q" -> msg.errText();
            case "postcode" ->
                error.message().startsWith("We could not find") ? msg.errPlaceNotFound() : msg.errPlace();
            case "radius" -> msg.errRadius();
            case "age" -> msg.errAge();
            case "page" -> msg.errPage();
            default -> msg.errChoose();
        };
        return new FieldError(error.field(), message);
    }

    private SearchView view(SearchQuery query, List<FieldError> errors, SearchResults results) {
        Map<String, Long> counts = results.domainCounts();
        // The domains come from content/ (the database copies them from there at start-up): no query per page.
        List<DomainOption> options = catalogue.domains().stream()
                .map(d -> new DomainOption(
                        d.slug(),
                        translated.domainName(d.slug(), d.name()),
                        counts.getOrDefault(d.slug(), 0L),
                        d.slug().equals(query.domain()),
                        query.withDomain(d.slug()).href(1)))
                .toList();
        String selectedName = options.stream()
                .filter(DomainOption::selected)
                .map(DomainOption::name)
                .findFirst()
                .orElse(null);
        String previous = results.page() > 1 && !results.isPastTheEnd() ? query.href(results.page() - 1) : null;
        int lastPage = Math.min(results.pageCount(), SearchQuery.MAX_PAGE);
        String next = results.page() < lastPage ? query.href(results.page() + 1) : null;
        Messages msg = Translations.messages(language.current());
        MoreMessages txt = Translations.more(language.current());
        String heading = selectedName != null ? selectedName : msg.findAnActivity();
        ResultsMap.View map = resultsMap.forHits(results.hits());
        // This search's address, passed to listing pages so "Back to search results" returns here.
        String back = URLEncoder.encode(query.href(results.page()), StandardCharsets.UTF_8);
        return new SearchView(
                query,
                errors,
                results,
                options,
                radii(query.radius(), msg),
                selectedName,
                previous,
                next,
                query.withDomain(null).href(1),
                SearchOptions.from(query.filters(), catalogue, translated, language.current()),
                urgentHelp.forSearch(typedLanguages.toEnglish(query.text())).orElse(null),
                map,
                ResultCard.of(results.hits(), map, back, language.current()),
                query.domain() == null
                        ? List.of()
                        : browsing.tagsIn(query.domain()).stream()
                                .map(t -> new TagLink(translated.tagName(t.slug(), t.name()), t.href()))
                                .toList(),
                msg.findAnActivity(),
                title(query, results, heading, msg, txt),
                placeNote(query, results, txt));
    }

    /** The distance choices, labelled in the reader's language ("Within 1 mile", "Within 3 miles"). */
    private List<Option> radii(int chosen, Messages msg) {
        return SearchQuery.RADII.stream()
                .map(r -> new Option(String.valueOf(r), msg.withinMiles(r), r == chosen))
                .toList();
    }

    /**
     * The page title says what was searched for and which page this is, so browser history, tabs and
     * screen readers tell searches apart: "“Walking” near M11, page 2 of 3 – Find an activity".
     */
    private static String title(
            SearchQuery query, SearchResults results, String heading, Messages msg, MoreMessages txt) {
        String searched = null;
        if (query.hasText() && query.hasPlace()) {
            searched = txt.titleWordsNear(query.text(), query.placeText());
        } else if (query.hasText()) {
            searched = txt.titleWords(query.text());
        } else if (query.hasPlace()) {
            searched = txt.titleNear(query.placeText());
        }
        if (results.pageCount() > 1 && !results.isPastTheEnd()) {
            searched = searched == null
                    ? msg.pageOf(results.page(), results.pageCount())
                    : txt.titleAndPage(searched, results.page(), results.pageCount());
        }
        return searched == null ? heading : searched + " – " + heading;
    }

    /**
     * Said plainly when distances are only approximate: a full postcode the directory does not know,
     * or an outward code or place name, is placed at the middle of its outward code.
     */
    private static String placeNote(SearchQuery query, SearchResults results, MoreMessages txt) {
        if (results == null || !results.distanceApproximate()) {
            return null;
        }
        return query.parsedPostcode()
                .filter(Postcode::isFull)
                .map(postcode -> txt.placeNotFoundNote(postcode.display(), postcode.outcode()))
                .orElse(txt.placeRoughNote(query.placeText()));
    }
}
