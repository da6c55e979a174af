package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.web.FieldError;
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

    private final ListingRepository listings;
    private final Claims claims;

    ClaimPageResource(ListingRepository listings, Claims claims) {
        this.listings = listings;
        this.claims = claims;
    }

    @GET
    @Transactional
    public TemplateInstance form(@PathParam("id") String id) {
        Listing listing = published(id);
        return Templates.claim(new ClaimView(listing.getId(), listing.getName(), "", "", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response request(
            @PathParam("id") String id,
            @RestForm String email,
            @RestForm String role,
            @Context HttpServerRequest request) {
        Listing listing = published(id);
        String address = email == null ? "" : email.trim();
        String said = role == null ? "" : role.trim();
        List<FieldError> errors = new ArrayList<>();
        if (address.isEmpty()) {
            errors.add(new FieldError("email", "Enter your email address"));
        } else if (address.length() > 320 || !address.matches(RegistrationForm.EMAIL)) {
            errors.add(new FieldError("email", "Enter an email address in the correct format, like name@example.com"));
        }
        if (said.length() > 500) {
            errors.add(new FieldError("role", "How you are involved must be 500 characters or fewer"));
        }
        if (errors.isEmpty()) {
            java.util.Optional<UUID> receipt = claims.request(listing, address, said, CheckEmailPages.ip(request));
            if (receipt.isPresent()) {
                return Response.seeOther(CheckEmailPages.page(ClaimVerifyResource.CHECK_EMAIL, receipt.get()))
                        .build();
            }
            return Response.status(429)
                    .entity(Templates.claim(new ClaimView(
                            listing.getId(),
                            listing.getName(),
                            address,
                            said,
                            List.of(new FieldError("email", CheckEmailPages.TOO_MANY)))))
                    .build();
        }
        return Response.status(400)
                .entity(Templates.claim(new ClaimView(listing.getId(), listing.getName(), address, said, errors)))
                .build();
    }

    private Listing published(String id) {
        return listings.findPublished(id).orElseThrow(NotFoundException::new);
    }
}
