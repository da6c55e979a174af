package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** "Is this your group?" on every listing: verify an email address, then the moderators decide. */
@Path("/listings/{id}/claim")
@Produces(MediaType.TEXT_HTML)
public class ClaimPageResource {

    public record ClaimView(UUID listingId, String listingName, String email, String role, List<FieldError> errors) {
        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ClaimView view);
    }

    /** The claim form: the address to verify, and (optionally) how they are involved. */
    public static class ClaimForm {
        @RestForm
        @FieldRules.ContactEmail
        public String email;

        @RestForm
        @Size(max = 500, message = "How you are involved must be 500 characters or fewer")
        public String role;
    }

    private final Claims claims;
    private final FormErrors formErrors;

    ClaimPageResource(Claims claims, FormErrors formErrors) {
        this.claims = claims;
        this.formErrors = formErrors;
    }

    @GET
    public TemplateInstance form(@PathParam("id") String id) {
        Claims.Claimable listing = claims.claimable(id);
        return Templates.claim(new ClaimView(listing.id(), listing.name(), "", "", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response request(@PathParam("id") String id, @BeanParam ClaimForm form, @Context HttpServerRequest request) {
        Claims.Claimable listing = claims.claimable(id);
        String address = form.email == null ? "" : form.email.trim();
        String said = form.role == null ? "" : form.role.trim();
        form.email = address;
        form.role = said;
        List<FieldError> errors = formErrors.of(form);
        if (errors.isEmpty()) {
            Optional<UUID> receipt = claims.request(id, address, said, CheckEmailPages.ip(request));
            if (receipt.isPresent()) {
                return Response.seeOther(CheckEmailPages.page(ClaimVerifyResource.CHECK_EMAIL, receipt.get()))
                        .build();
            }
            return Response.status(429)
                    .entity(Templates.claim(new ClaimView(
                            listing.id(),
                            listing.name(),
                            address,
                            said,
                            List.of(new FieldError("email", CheckEmailPages.TOO_MANY)))))
                    .build();
        }
        return Response.status(400)
                .entity(Templates.claim(new ClaimView(listing.id(), listing.name(), address, said, errors)))
                .build();
    }
}
