package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import org.healthdirectory.notification.MailReceipt;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.resteasy.reactive.RestForm;

/** The emailed link of a claim: opening it shows a button; confirming queues the claim. */
@Path("/claims")
@Produces(MediaType.TEXT_HTML)
public class ClaimVerifyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkEmail(MailReceipt receipt, Duration lifetime);

        static native TemplateInstance verify(String token);

        static native TemplateInstance linkRefused(Duration lifetime);

        static native TemplateInstance sent();
    }

    static final String CHECK_EMAIL = "/claims/check-email";

    private final Claims claims;
    private final CheckEmailPages checkEmailPages;
    private final Duration linkLifetime;

    ClaimVerifyResource(Claims claims, CheckEmailPages checkEmailPages, DirectoryConfig config) {
        this.claims = claims;
        this.checkEmailPages = checkEmailPages;
        this.linkLifetime = config.mail().linkLifetime();
    }

    @GET
    @Path("/check-email")
    public TemplateInstance checkEmail(@QueryParam("mail") String mail) {
        return Templates.checkEmail(checkEmailPages.receipt(CHECK_EMAIL, mail, true), linkLifetime);
    }

    /** "Send it again": the same email, within the same limits. */
    @POST
    @Path("/check-email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendAgain(@RestForm String mail, @Context HttpServerRequest request) {
        return checkEmailPages.sendAgain(
                CHECK_EMAIL, mail, request, true, receipt -> Templates.checkEmail(receipt, linkLifetime));
    }

    @GET
    @Path("/verify")
    public Response verifyPage(@QueryParam("token") String token) {
        return claims.isUsable(token)
                ? Response.ok(Templates.verify(token)).build()
                : Response.status(410)
                        .entity(Templates.linkRefused(linkLifetime))
                        .build();
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response verify(@RestForm String token) {
        if (claims.verify(token).isEmpty()) {
            return Response.status(410)
                    .entity(Templates.linkRefused(linkLifetime))
                    .build();
        }
        return Response.seeOther(URI.create("/claims/sent")).build();
    }

    @GET
    @Path("/sent")
    public TemplateInstance sent() {
        return Templates.sent();
    }
}
