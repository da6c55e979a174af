package org.healthdirectory.openreferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.healthdirectory.geo.PostcodeLookup;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.Hashing;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The Open Referral UK 3.0 read-only API: published listings as services, open to anyone (no key).
 * Answers carry an ETag and Last-Modified so callers can ask again cheaply (304 Not Modified).
 */
@Path("/openreferral")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open Referral UK")
public class OpenReferralResource {

    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";

    private final OpenReferralApi api;
    private final PostcodeLookup postcodes;
    private final ObjectMapper json;
    private final DirectoryConfig config;

    OpenReferralResource(OpenReferralApi api, PostcodeLookup postcodes, ObjectMapper json, DirectoryConfig config) {
        this.api = api;
        this.postcodes = postcodes;
        this.json = json;
        this.config = config;
    }

    @GET
    @Path("/")
    @Operation(summary = "About this Open Referral UK API")
    public Oruk.ApiDetails details() {
        return new Oruk.ApiDetails(
                "HSDS 3.0 (Open Referral UK 3.0)", PROFILE, config.baseUrl() + "/q/openapi?format=json");
    }

    @GET
    @Path("/services")
    @Operation(
            summary = "Published services, a page at a time",
            description = "Filters combine with AND. full=true returns each service with all its details.")
    public Response services(@BeanParam ListParameters.Raw raw, @RestQuery String full, Request request) {
        ListParameters p = check(raw);
        return cached(request, api.services(p, bool("full", full)));
    }

    @GET
    @Path("/services/{id}")
    @Operation(summary = "One published service with all its details")
    public Response service(@RestPath String id, Request request) {
        return cached(request, found(api.service(id(id))));
    }

    @GET
    @Path("/service_at_locations")
    @Operation(summary = "Where published services happen, a page at a time")
    public Response serviceAtLocations(@BeanParam ListParameters.Raw raw, Request request) {
        ListParameters p = check(raw);
        return cached(request, api.serviceAtLocations(p));
    }

    @GET
    @Path("/service_at_locations/{id}")
    @Operation(summary = "One service at one location, with the whole service")
    public Response serviceAtLocation(@RestPath String id, Request request) {
        return cached(request, found(api.serviceAtLocation(id(id))));
    }

    @GET
    @Path("/organizations")
    @Operation(summary = "Organisations with at least one published service")
    public Response organizations(
            @RestQuery String page, @RestQuery("per_page") String perPage, @RestQuery String search, Request request) {
        return cached(request, api.organizations(check(ListParameters.Raw.paging(page, perPage, search))));
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(summary = "One organisation and its published services")
    public Response organization(@RestPath String id, Request request) {
        return cached(request, found(api.organization(id(id))));
    }

    @GET
    @Path("/taxonomies")
    @Operation(summary = "The taxonomies services are classified by")
    public Response taxonomies(
            @RestQuery String page, @RestQuery("per_page") String perPage, @RestQuery String search, Request request) {
        return cached(request, api.taxonomies(check(ListParameters.Raw.paging(page, perPage, search))));
    }

    @GET
    @Path("/taxonomies/{id}")
    @Operation(summary = "One taxonomy with its terms")
    public Response taxonomy(@RestPath String id, Request request) {
        return cached(request, found(api.taxonomy(id(id))));
    }

    @GET
    @Path("/taxonomy_terms")
    @Operation(summary = "Taxonomy terms: our domains and the tags under them")
    public Response taxonomyTerms(
            @RestQuery String page,
            @RestQuery("per_page") String perPage,
            @RestQuery String search,
            @RestQuery("taxonomy_id") String taxonomyId,
            @RestQuery("parent_id") String parentId,
            @RestQuery("top_only") String topOnly,
            Request request) {
        ListParameters p = check(new ListParameters.Raw(
                page, perPage, search, null, taxonomyId, null, null, null, null, null, null, null, null, null));
        UUID parent = parentId == null || parentId.isBlank() ? null : id("parent_id", parentId);
        return cached(request, api.taxonomyTerms(p, parent, bool("top_only", topOnly)));
    }

    @GET
    @Path("/taxonomy_terms/{id}")
    @Operation(summary = "One taxonomy term")
    public Response taxonomyTerm(@RestPath String id, Request request) {
        return cached(request, found(api.taxonomyTerm(id(id))));
    }

    private ListParameters check(ListParameters.Raw raw) {
        return ListParameters.check(raw, postcodes);
    }

    private static OpenReferralApi.Answer found(Optional<OpenReferralApi.Answer> answer) {
        return answer.orElseThrow(NotFoundException::new);
    }

    /** An id in the path that is not a UUID cannot name anything we have: 404, as for an unknown id. */
    private static UUID id(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private static UUID id(String parameter, String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "must be a UUID");
        }
    }

    static boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException(parameter, "must be true or false");
        };
    }

    /** The answer as JSON with an ETag of its bytes; 304 when the caller already has these bytes. */
    private Response cached(Request request, OpenReferralApi.Answer answer) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(answer.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write an Open Referral answer", e);
        }
        EntityTag etag = new EntityTag(digest(body));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        Response.ResponseBuilder builder =
                notModified != null ? notModified : Response.ok(body, MediaType.APPLICATION_JSON_TYPE);
        builder.tag(etag).header("Cache-Control", "public, max-age=60");
        if (answer.lastModified() != null) {
            builder.lastModified(Date.from(answer.lastModified()));
        }
        return builder.build();
    }

    private static String digest(byte[] body) {
        return Hashing.sha256(body).substring(0, 32);
    }
}
