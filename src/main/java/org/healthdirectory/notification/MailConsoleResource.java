package org.healthdirectory.notification;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthdirectory.listing.UkTime;

/** /console/mail, admins only: mail that has not gone (failed, being retried, or slow) and "try again". */
@Path("/console/mail")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class MailConsoleResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    public record Row(
            UUID id,
            String purpose,
            String to,
            String subject,
            String queued,
            int attempts,
            String next,
            String lastError,
            boolean failed,
            boolean canRetry) {}

    public record MailView(List<Row> rows, String done) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mail(MailView view);
    }

    private final MailOutbox outbox;
    private final SecurityIdentity identity;

    MailConsoleResource(MailOutbox outbox, SecurityIdentity identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        List<Row> rows = outbox.stuck(200).stream()
                .map(s -> new Row(
                        s.id(),
                        s.purpose(),
                        s.maskedTo(),
                        s.subject(),
                        when(s.createdAt()),
                        s.attempts(),
                        s.failed() ? "Given up" : when(s.nextAttemptAt()),
                        s.lastError(),
                        s.failed(),
                        s.canRetry()))
                .toList();
        return Templates.mail(new MailView(rows, doneMessage(done)));
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        boolean queued = outbox.retry(uuid(id), identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/console/mail?done=" + (queued ? "retried" : "gone")))
                .build();
    }

    @POST
    @Path("/retry")
    public Response retryAll() {
        int queued = outbox.retryAll(identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/console/mail?done=retried-" + queued))
                .build();
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(UkTime.ZONE));
    }

    private static String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        if (done.matches("retried-\\d{1,6}")) {
            String n = done.substring("retried-".length());
            return n.equals("1") ? "1 email will be tried again now." : n + " emails will be tried again now.";
        }
        return switch (done) {
            case "retried" -> "The email will be tried again now.";
            case "gone" -> "That email has been sent already, or cannot be sent any more.";
            default -> null;
        };
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new jakarta.ws.rs.NotFoundException();
        }
    }
}
