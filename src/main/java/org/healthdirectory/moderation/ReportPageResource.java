package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
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
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;

/** "Report a problem with this page": anyone can tell the lead provider an entry is wrong. */
@Path("/listings/{id}/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPageResource {

    private static final List<String> FIELD_ORDER = List.of("reason", "details", "email");
    static final String TOO_MANY =
            "We have had a lot of reports from your connection recently. Wait an hour, then try again";

    public record ReasonOption(String value, String label, boolean selected) {}

    public record ReportView(
            UUID listingId,
            String listingName,
            List<ReasonOption> reasons,
            String details,
            String email,
            List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportView view);

        static native TemplateInstance sent(UUID listingId, String listingName);
    }

    private final ListingRepository listings;
    private final ListingReports reports;
    private final FormErrors formErrors;

    ReportPageResource(ListingRepository listings, ListingReports reports, FormErrors formErrors) {
        this.listings = listings;
        this.reports = reports;
        this.formErrors = formErrors;
    }

    @GET
    @Transactional
    public TemplateInstance form(@PathParam("id") String id) {
        Listing listing = published(id);
        return Templates.report(view(listing, new ReportForm(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response send(@PathParam("id") String id, @BeanParam ReportForm form, @Context HttpServerRequest request) {
        Listing listing = published(id);
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.report(view(listing, form, errors)))
                    .build();
        }
        String ip =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (reports.receive(listing, ListingReport.Reason.valueOf(form.reason), form.details, form.email, ip)
                .isEmpty()) {
            return Response.status(429)
                    .entity(Templates.report(view(listing, form, List.of(new FieldError("details", TOO_MANY)))))
                    .build();
        }
        return Response.seeOther(URI.create("/listings/" + listing.getId() + "/report/sent"))
                .build();
    }

    @GET
    @Path("/sent")
    @Transactional
    public TemplateInstance sent(@PathParam("id") String id) {
        Listing listing = published(id);
        return Templates.sent(listing.getId(), listing.getName());
    }

    private Listing published(String id) {
        return listings.findPublished(id).orElseThrow(NotFoundException::new);
    }

    private static ReportView view(Listing listing, ReportForm form, List<FieldError> errors) {
        List<ReasonOption> reasons = Arrays.stream(ListingReport.Reason.values())
                .map(r -> new ReasonOption(r.name(), r.label, r.name().equals(form.reason)))
                .toList();
        return new ReportView(listing.getId(), listing.getName(), reasons, form.details, form.email, errors);
    }
}
