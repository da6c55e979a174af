package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.healthdirectory.geo.NearestPostcode;

/**
 * "Use my location": the browser sends its position once; we answer with the same search near the
 * nearest postcode we know (a normal, shareable search address). The position is not stored or logged.
 */
@Path("/search/near-me")
@Produces(MediaType.TEXT_HTML)
public class NearMeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notFound(String searchHref);
    }

    private final NearestPostcode nearestPostcode;

    NearMeResource(NearestPostcode nearestPostcode) {
        this.nearestPostcode = nearestPostcode;
    }

    @GET
    public Response nearMe(
            @QueryParam("latitude") Double latitude,
            @QueryParam("longitude") Double longitude,
            @QueryParam("q") String text,
            @QueryParam("domain") String domain) {
        SearchQuery typed = new SearchQuery(text, domain, null, null, null, null, 1);
        Optional<String> postcode = latitude == null || longitude == null || !NearestPostcode.inUk(latitude, longitude)
                ? Optional.empty()
                : nearestPostcode.near(latitude, longitude);
        if (postcode.isEmpty()) {
            return Response.ok(Templates.notFound(typed.href(1))).build();
        }
        SearchQuery near = new SearchQuery(text, domain, postcode.get(), null, null, null, 1);
        return Response.seeOther(URI.create(near.href(1))).build();
    }
}
