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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.urgenthelp.UrgentHelp;
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
            boolean distanceApproximate,
            String nextSession) {}

    /** Present when the words suggest crisis, self-harm, suicide or abuse: show these first. */
    public record ApiUrgentHelp(String reason, String url, List<UrgentHelp.Contact> contacts) {

        static ApiUrgentHelp from(UrgentHelp.Panel panel) {
            return new ApiUrgentHelp(panel.reason(), "/get-help-now", panel.contacts());
        }
    }

    public record ApiResults(
            long total,
            int page,
            int pageCount,
            int pageSize,
            Map<String, Long> domainCounts,
            List<ApiHit> results,
            ApiUrgentHelp urgentHelp) {}

    private final ListingSearch search;
    private final TypedLanguages typedLanguages = TypedLanguages.fromContent();
    private final ContentCatalogue catalogue;
    private final UrgentHelp urgentHelp;

    SearchApiResource(ListingSearch search, ContentCatalogue catalogue, UrgentHelp urgentHelp) {
        this.search = search;
        this.catalogue = catalogue;
        this.urgentHelp = urgentHelp;
    }

    @GET
    @Operation(
            summary = "Search published listings",
            description = "Keyword search with synonyms and typo tolerance, optionally near a UK postcode, "
                    + "with the same filters as the search page. Repeat day, time, audience and access for "
                    + "several values.")
    @APIResponse(
            responseCode = "200",
            description = "One page of results (20 a page, at most 500 pages)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ApiResults.class)))
    @APIResponse(
            responseCode = "400",
            description = "A parameter is not valid (its name is in \"parameter\"): an unknown domain, a page "
                    + "beyond 500, a postcode we cannot find, text that is too long or holds control characters",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ErrorPages.Problem.class)))
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
                        h.distanceApproximate(),
                        h.nextSession()))
                .toList();
        return Response.ok(new ApiResults(
                        results.total(),
                        results.page(),
                        results.pageCount(),
                        SearchQuery.PAGE_SIZE,
                        results.domainCounts(),
                        hits,
                        urgentHelp
                                .forSearch(
                                        typedLanguages.toEnglish(checked.query().text()))
                                .map(ApiUrgentHelp::from)
                                .orElse(null)))
                .build();
    }
}
