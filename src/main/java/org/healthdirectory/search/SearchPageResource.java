package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthdirectory.taxonomy.DomainRepository;

/** The public search page: a GET form, so every search is a shareable address and works without JavaScript. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPageResource {

    public record DomainOption(String slug, String name, long count, boolean selected) {
    }

    public record PageLink(int number, String href, boolean current) {
    }

    public record SearchView(SearchQuery query, String radiusText, List<SearchQuery.FieldError> errors,
                             SearchResults results, List<DomainOption> domains, List<Integer> radii,
                             String selectedDomainName, String previousHref, String nextHref, List<PageLink> pages,
                             String allTypesHref) {

        public String errorFor(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(SearchQuery.FieldError::message)
                    .findFirst().orElse(null);
        }

        public boolean searched() {
            return query.hasText() || query.hasPlace() || query.domain() != null || query.freeOnly();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);
    }

    private final ListingSearch search;
    private final DomainRepository domains;

    SearchPageResource(ListingSearch search, DomainRepository domains) {
        this.search = search;
        this.domains = domains;
    }

    @GET
    @Transactional
    public Response search(@QueryParam("q") String text, @QueryParam("domain") String domain,
                           @QueryParam("postcode") String postcode, @QueryParam("radius") String radius,
                           @QueryParam("free") String free, @QueryParam("page") String page) {
        // A radius that is not a number becomes -1, which validation reports next to the field.
        Integer radiusMiles = radius == null || radius.isBlank() ? null : parseInt(radius, -1);
        SearchQuery query = new SearchQuery(text, domain, postcode, radiusMiles, free != null, parseInt(page, 1));
        List<SearchQuery.FieldError> errors = new ArrayList<>(query.validate());
        SearchResults results = errors.isEmpty() ? search.search(query) : SearchResults.placeNotFound();
        if (errors.isEmpty() && !results.placeFound()) {
            errors.add(new SearchQuery.FieldError("postcode",
                    "We could not find that postcode. Check it, or try the first part only, like M11"));
        }
        SearchView view = view(query, errors, results);
        return Response.status(errors.isEmpty() ? 200 : 400).entity(Templates.search(view)).build();
    }

    private SearchView view(SearchQuery query, List<SearchQuery.FieldError> errors, SearchResults results) {
        Map<String, Long> counts = results.domainCounts();
        List<DomainOption> options = domains.listInOrder().stream()
                .map(d -> new DomainOption(d.getSlug(), d.getName(), counts.getOrDefault(d.getSlug(), 0L),
                        d.getSlug().equals(query.domain())))
                .toList();
        String selectedName = options.stream().filter(DomainOption::selected).map(DomainOption::name)
                .findFirst().orElse(null);
        List<PageLink> pages = new ArrayList<>();
        for (int n = 1; n <= results.pageCount(); n++) {
            pages.add(new PageLink(n, href(query, n), n == results.page()));
        }
        String previous = results.page() > 1 ? href(query, results.page() - 1) : null;
        String next = results.page() < results.pageCount() ? href(query, results.page() + 1) : null;
        SearchQuery anyDomain = new SearchQuery(query.text(), null, query.postcode(), query.radiusMiles(),
                query.freeOnly(), 1);
        return new SearchView(query, query.radius() + " miles", errors, results, options, SearchQuery.RADII,
                selectedName, previous, next, pages, href(anyDomain, 1));
    }

    /** The address of another page of the same search. */
    static String href(SearchQuery query, int page) {
        StringBuilder href = new StringBuilder("/search?");
        append(href, "q", query.text());
        append(href, "domain", query.domain());
        append(href, "postcode", query.postcode());
        if (query.hasPlace()) {
            append(href, "radius", String.valueOf(query.radius()));
        }
        if (query.freeOnly()) {
            append(href, "free", "yes");
        }
        append(href, "page", String.valueOf(page));
        return href.substring(0, href.length() - 1);
    }

    private static void append(StringBuilder href, String name, String value) {
        if (value != null) {
            href.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
