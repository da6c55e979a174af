package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/** The emailed link of a claim: opening it shows a button; confirming queues the claim. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimVerifyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkEmail();

        static native TemplateInstance verify(String token);

        static native TemplateInstance linkRefused();

        static native TemplateInstance sent();
    }

    private final Claims claims;

    ClaimVerifyResource(Claims claims) {
        this.claims = claims;
    }

    @GET
    @Path("/check-email")
    public TemplateInstance checkEmail() {
        return Templates.checkEmail();
    }

    @GET
    @Path("/verify")
    public Response verifyPage(@QueryParam("token") String token) {
        return claims.isUsable(token)
                ? Response.ok(Templates.verify(token)).build()
                : Response.status(410).entity(Templates.linkRefused()).build();
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@RestForm String token) {
        if (claims.verify(token).isEmpty()) {
            return Response.status(410).entity(Templates.linkRefused()).build();
        }
        return Response.seeOther(URI.create("/claims/sent")).build();
    }

    @GET
    @Path("/sent")
    public TemplateInstance sent() {
        return Templates.sent();
    }
}
