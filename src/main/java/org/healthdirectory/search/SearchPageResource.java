package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.schedule.SessionsWhen;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.web.FieldError;

/** The public search page: a GET form, so every search is a shareable address and works without JavaScript. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPageResource {

    public record Option(String value, String label, boolean selected) {}

    public record DomainOption(String slug, String name, long count, boolean selected, String href) {}

    public record SearchView(
            SearchQuery query,
            List<FieldError> errors,
            SearchResults results,
            List<DomainOption> domains,
            List<Integer> radii,
            String selectedDomainName,
            String previousHref,
            String nextHref,
            String allTypesHref,
            SearchOptions options) {

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

        public List<SessionsWhen.Choice> whenChoices() {
            return SessionsWhen.choices(query.filters().when());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(SearchView view);
    }

    private final ListingSearch search;
    private final DomainRepository domains;
    private final ContentCatalogue catalogue;

    SearchPageResource(ListingSearch search, DomainRepository domains, ContentCatalogue catalogue) {
        this.search = search;
        this.domains = domains;
        this.catalogue = catalogue;
    }

    @GET
    @Transactional
    public Response search(@BeanParam SearchForm form) {
        SearchForm.Checked checked = form.check(catalogue);
        SearchQuery query = checked.query();
        List<FieldError> errors = new ArrayList<>(checked.errors());
        SearchResults results = errors.isEmpty() ? search.search(query) : SearchResults.placeNotFound();
        if (errors.isEmpty() && !results.placeFound()) {
            errors.add(new FieldError(
                    "postcode", "We could not find that postcode. Check it, or try the first part only, like M11"));
        }
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.search(view(query, errors, results)))
                .build();
    }

    private SearchView view(SearchQuery query, List<FieldError> errors, SearchResults results) {
        Map<String, Long> counts = results.domainCounts();
        List<DomainOption> options = domains.listInOrder().stream()
                .map(d -> new DomainOption(
                        d.getSlug(),
                        d.getName(),
                        counts.getOrDefault(d.getSlug(), 0L),
                        d.getSlug().equals(query.domain()),
                        query.withDomain(d.getSlug()).href(1)))
                .toList();
        String selectedName = options.stream()
                .filter(DomainOption::selected)
                .map(DomainOption::name)
                .findFirst()
                .orElse(null);
        String previous = results.page() > 1 ? query.href(results.page() - 1) : null;
        String next = results.page() < results.pageCount() ? query.href(results.page() + 1) : null;
        return new SearchView(
                query,
                errors,
                results,
                options,
                SearchQuery.RADII,
                selectedName,
                previous,
                next,
                query.withDomain(null).href(1),
                SearchOptions.from(query.filters(), catalogue));
    }
}
