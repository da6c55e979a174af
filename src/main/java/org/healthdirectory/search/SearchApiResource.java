package org.healthdirectory.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthdirectory.web.ErrorPages;

/** The same search as the page, as JSON. Invalid parameters give a 400 problem naming the parameter. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchApiResource {

    public record ApiHit(UUID id, String name, String summary, String organisation, String cost, String where,
                         Double distanceMiles, List<String> domains, String url) {
    }

    public record ApiResults(long total, int page, int pageCount, int pageSize, Map<String, Long> domainCounts,
                             List<ApiHit> results) {
    }

    private final ListingSearch search;

    SearchApiResource(ListingSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search published listings",
            description = "Keyword search with synonyms and typo tolerance, optionally near a UK postcode.")
    public Response search(
            @Parameter(description = "What to look for, e.g. 'walking'") @QueryParam("q") String text,
            @Parameter(description = "Domain slug, e.g. physical-activity") @QueryParam("domain") String domain,
            @Parameter(description = "UK postcode or outward code") @QueryParam("postcode") String postcode,
            @Parameter(description = "Miles from the postcode: 1, 3, 5 or 10 (default 3)") @QueryParam("radius") String radius,
            @Parameter(description = "true for free activities only") @QueryParam("free") String free,
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page) {
        var errors = new java.util.ArrayList<SearchQuery.FieldError>();
        Integer radiusMiles = parse(radius, "radius", errors);
        Integer pageNumber = parse(page, "page", errors);
        if (free != null && !free.equals("true") && !free.equals("false")) {
            errors.add(new SearchQuery.FieldError("free", "must be true or false"));
        }
        if (pageNumber != null && pageNumber < 1) {
            errors.add(new SearchQuery.FieldError("page", "must be 1 or more"));
        }
        SearchQuery query = new SearchQuery(text, domain, postcode, radiusMiles, "true".equals(free),
                pageNumber == null ? 1 : pageNumber);
        errors.addAll(query.validate());
        if (!errors.isEmpty()) {
            return ErrorPages.badParameter(errors.get(0).field(), errors.get(0).message());
        }
        SearchResults results = search.search(query);
        if (!results.placeFound()) {
            return ErrorPages.badParameter("postcode", "We could not find that postcode");
        }
        List<ApiHit> hits = results.hits().stream()
                .map(h -> new ApiHit(h.id(), h.name(), h.summary(), h.organisation(), h.cost(), h.whereText(),
                        h.distanceMiles() == null ? null : Math.round(h.distanceMiles() * 10) / 10.0, h.domains(),
                        "/listings/" + h.id()))
                .toList();
        return Response.ok(new ApiResults(results.total(), results.page(), results.pageCount(),
                SearchQuery.PAGE_SIZE, results.domainCounts(), hits)).build();
    }

    private static Integer parse(String value, String name, List<SearchQuery.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new SearchQuery.FieldError(name, "must be a whole number"));
            return null;
        }
    }
}
