package org.healthdirectory.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.web.ErrorPages;
import org.healthdirectory.web.FieldError;

/** The same search as the page, as JSON. Invalid parameters give a 400 problem naming the parameter. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchApiResource {

    public record ApiHit(
            UUID id,
            String name,
            String summary,
            String organisation,
            String cost,
            String where,
            Double distanceMiles,
            List<String> domains,
            String url,
            String nextSession) {}

    public record ApiResults(
            long total, int page, int pageCount, int pageSize, Map<String, Long> domainCounts, List<ApiHit> results) {}

    private final ListingSearch search;
    private final ContentCatalogue catalogue;

    SearchApiResource(ListingSearch search, ContentCatalogue catalogue) {
        this.search = search;
        this.catalogue = catalogue;
    }

    @GET
    @Operation(
            summary = "Search published listings",
            description = "Keyword search with synonyms and typo tolerance, optionally near a UK postcode, "
                    + "with the same filters as the search page. Repeat day, time, audience and access for "
                    + "several values.")
    public Response search(@BeanParam SearchForm form) {
        SearchForm.Checked checked = form.check(catalogue);
        if (!checked.errors().isEmpty()) {
            FieldError first = checked.errors().get(0);
            return ErrorPages.badParameter(first.field(), first.message());
        }
        SearchResults results = search.search(checked.query());
        if (!results.placeFound()) {
            return ErrorPages.badParameter("postcode", "We could not find that postcode");
        }
        List<ApiHit> hits = results.hits().stream()
                .map(h -> new ApiHit(
                        h.id(),
                        h.name(),
                        h.summary(),
                        h.organisation(),
                        h.cost(),
                        h.whereText(),
                        h.distanceMiles() == null ? null : Math.round(h.distanceMiles() * 10) / 10.0,
                        h.domains(),
                        "/listings/" + h.id(),
                        h.nextSession()))
                .toList();
        return Response.ok(new ApiResults(
                        results.total(),
                        results.page(),
                        results.pageCount(),
                        SearchQuery.PAGE_SIZE,
                        results.domainCounts(),
                        hits))
                .build();
    }
}
