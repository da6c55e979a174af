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
import java.util.List;
import java.util.UUID;
import org.healthdirectory.web.CheckedTogether;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** The moderation queue: what waits for a decision, and the decisions themselves. */
@Path("/console/queue")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class QueueResource {

    public record QueueView(
            List<QueueItem> items,
            List<Casework.Option> types,
            List<Casework.Option> domains,
            List<Casework.Option> localities,
            String done,
            List<String> problems) {}

    /** A decision on a proposed change: which button, and the note the provider will read. */
    public static class DecisionForm implements CheckedTogether {
        @RestForm
        public String decision;

        @RestForm
        @Size(max = Decisions.NOTE_MAX, message = "The note must be 2,000 characters or fewer")
        public String note;

        /** The decision is a button, so every problem is shown at the note, the one field. */
        @Override
        public List<FieldError> togetherErrors() {
            if (decision == null || !List.of("approve", "reject", "changes").contains(decision)) {
                return List.of(new FieldError("note", "Choose approve, request changes or reject"));
            }
            if (note == null || note.isBlank()) {
                return switch (decision) {
                    case "reject" ->
                        List.of(new FieldError("note", "Say why you are rejecting it. The provider will see this."));
                    case "changes" ->
                        List.of(new FieldError("note", "Say what needs to change. The provider will see this."));
                    default -> List.of();
                };
            }
            return List.of();
        }

        String text() {
            return note == null ? "" : note.strip();
        }
    }

    /** Marking a problem report as dealt with: an optional note. */
    public static class ResolveForm {
        @RestForm
        @Size(max = Decisions.NOTE_MAX, message = "The note must be 2,000 characters or fewer")
        public String note;

        String text() {
            return note == null ? "" : note.strip();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueueView view);

        static native TemplateInstance revision(Casework.RevisionView view);

        static native TemplateInstance report(Casework.ReportView view);
    }

    private final Casework casework;
    private final Decisions decisions;
    private final StaffScope staff;
    private final FormErrors formErrors;

    QueueResource(Casework casework, Decisions decisions, StaffScope staff, FormErrors formErrors) {
        this.casework = casework;
        this.decisions = decisions;
        this.staff = staff;
        this.formErrors = formErrors;
    }

    @GET
    public TemplateInstance list(
            @QueryParam("type") String type,
            @QueryParam("domain") String domain,
            @QueryParam("locality") String locality,
            @QueryParam("done") String done,
            @QueryParam("failed") int failed) {
        Casework.Queue queue = casework.queue(type, domain, locality, staff.current());
        List<String> problems = failed > 0
                ? List.of(failed + (failed == 1 ? " item was" : " items were")
                        + " not approved: someone else had decided first.")
                : List.of();
        return Templates.queue(new QueueView(
                queue.items(), queue.types(), queue.domains(), queue.localities(), doneMessage(done), problems));
    }

    /** Approves every ticked change; ones someone else decided first are counted and skipped. */
    @POST
    @Path("/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveAll(@RestForm("revision") List<String> ids) {
        int approved = 0;
        int failed = 0;
        for (String id : ids) {
            try {
                decisions.approve(uuid(id), staff.current(), null);
                approved++;
            } catch (DecisionRefused | NotFoundException e) {
                failed++;
            }
        }
        return Response.seeOther(URI.create("/console/queue?done=approved-" + approved + "&failed=" + failed))
                .build();
    }

    @GET
    @Path("/revisions/{id}")
    public String revision(@PathParam("id") String id) {
        return renderRevision(id, "", List.of());
    }

    @POST
    @Path("/revisions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @BeanParam DecisionForm form) {
        UUID revisionId = uuid(id);
        String text = form.text();
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(renderRevision(id, text, errors)).build();
        }
        try {
            switch (form.decision) {
                case "approve" -> decisions.approve(revisionId, staff.current(), text);
                case "reject" -> decisions.reject(revisionId, staff.current(), text);
                default -> decisions.requestChanges(revisionId, staff.current(), text);
            }
        } catch (DecisionRefused e) {
            return Response.status(409)
                    .entity(renderRevision(id, text, List.of(new FieldError("note", e.getMessage()))))
                    .build();
        }
        return Response.seeOther(URI.create("/console/queue?done=" + form.decision))
                .build();
    }

    @GET
    @Path("/reports/{id}")
    public String report(@PathParam("id") String id) {
        return renderReport(id, "", List.of());
    }

    @POST
    @Path("/reports/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("id") String id, @BeanParam ResolveForm form) {
        String text = form.text();
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(renderReport(id, text, errors)).build();
        }
        try {
            decisions.resolveReport(uuid(id), staff.current(), text);
        } catch (DecisionRefused e) {
            return Response.status(409)
                    .entity(renderReport(id, text, List.of(new FieldError("note", e.getMessage()))))
                    .build();
        }
        return Response.seeOther(URI.create("/console/queue?done=resolved")).build();
    }

    private String renderRevision(String id, String note, List<FieldError> errors) {
        return Templates.revision(casework.revision(uuid(id), staff.current(), note, errors))
                .render();
    }

    private String renderReport(String id, String note, List<FieldError> errors) {
        return Templates.report(casework.report(uuid(id), staff.current(), note, errors))
                .render();
    }

    private static String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        if (done.matches("approved-\\d{1,4}")) {
            String n = done.substring("approved-".length());
            return n.equals("1") ? "1 change approved and published." : n + " changes approved and published.";
        }
        return switch (done) {
            case "approve" -> "Approved. We are emailing the provider.";
            case "reject" -> "Rejected. We are emailing the provider the reason.";
            case "changes" -> "Changes requested. We are emailing the provider your message.";
            case "resolved" -> "Report marked as dealt with.";
            default -> null;
        };
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
    }
}
