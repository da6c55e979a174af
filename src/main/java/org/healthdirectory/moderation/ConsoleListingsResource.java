package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.web.CheckedTogether;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Every entry, whatever its status, for moderators: find one, see its history, suspend or unpublish it. */
@Path("/console/listings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class ConsoleListingsResource {

    public record ListView(String q, List<Casework.Option> statuses, List<ConsoleEntries.Row> rows, long total) {}

    public record ListingView(ConsoleEntries.Entry entry, String reason, String done, List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    /** Suspend, unpublish or put back (the button, in the address) and the reason the provider reads. */
    public static class ActionForm implements CheckedTogether {
        @RestPath
        public String action;

        @RestForm
        @Size(max = Decisions.NOTE_MAX, message = "The reason must be 2,000 characters or fewer")
        public String reason;

        /** A reason is needed to take an entry off the site, not to put it back. */
        @Override
        public List<FieldError> togetherErrors() {
            return !"reinstate".equals(action) && text().isEmpty()
                    ? List.of(new FieldError("reason", "Say why. The provider will see this."))
                    : List.of();
        }

        String text() {
            return reason == null ? "" : reason.strip();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance listings(ListView view);

        static native TemplateInstance listing(ListingView view);
    }

    private final ConsoleEntries entries;
    private final Decisions decisions;
    private final StaffScope staff;
    private final FormErrors formErrors;

    ConsoleListingsResource(ConsoleEntries entries, Decisions decisions, StaffScope staff, FormErrors formErrors) {
        this.entries = entries;
        this.decisions = decisions;
        this.staff = staff;
        this.formErrors = formErrors;
    }

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status) {
        ListingStatus chosen = Arrays.stream(ListingStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        String words = q == null ? "" : q.strip();
        ConsoleEntries.Page found = entries.find(chosen, words);
        return Templates.listings(new ListView(
                words,
                Arrays.stream(ListingStatus.values())
                        .map(s -> new Casework.Option(s.name(), ConsoleEntries.label(s), s == chosen))
                        .toList(),
                found.rows(),
                found.total()));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance listing(@PathParam("id") String id, @QueryParam("done") String done) {
        return view(id, "", doneMessage(done), List.of());
    }

    @POST
    @Path("/{id}/{action: suspend|unpublish|reinstate}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @BeanParam ActionForm form) {
        String text = form.text();
        UUID listingId = QueueResource.uuid(id);
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(view(id, text, null, errors)).build();
        }
        try {
            switch (form.action) {
                case "suspend" -> decisions.suspend(listingId, staff.current(), text);
                case "unpublish" -> decisions.unpublish(listingId, staff.current(), text);
                default -> decisions.reinstate(listingId, staff.current(), text);
            }
        } catch (DecisionRefused e) {
            return Response.status(409)
                    .entity(view(id, text, null, List.of(new FieldError("reason", e.getMessage()))))
                    .build();
        }
        return Response.seeOther(URI.create("/console/listings/" + listingId + "?done=" + form.action))
                .build();
    }

    private TemplateInstance view(String id, String reason, String done, List<FieldError> errors) {
        ConsoleEntries.Entry entry = entries.entry(QueueResource.uuid(id)).orElseThrow(NotFoundException::new);
        return Templates.listing(new ListingView(entry, reason, done, errors));
    }

    private static String doneMessage(String done) {
        return done == null
                ? null
                : switch (done) {
                    case "suspend" -> "Suspended. It is off the site and we are emailing the provider.";
                    case "unpublish" -> "Unpublished. We are emailing the provider to ask them to change it.";
                    case "reinstate" -> "Put back on the site.";
                    default -> null;
                };
    }
}
