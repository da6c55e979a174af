package org.healthdirectory.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.UkDate;

/** The audit log for staff: filter it, page through it, export it as CSV. */
@Path("/console/audit")
@RolesAllowed({"moderator", "admin"})
public class AuditLogResource {

    static final int PAGE_SIZE = 50;
    private static final int EXPORT_BATCH = 1000;

    public record Row(
            String when, String actor, String action, String subject, String before, String after, String note) {}

    public record AuditView(
            String actor,
            String action,
            String subject,
            String from,
            String to,
            List<String> actions,
            List<Row> rows,
            long total,
            int page,
            int pages,
            String query,
            List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditView view);
    }

    private final AuditSearch search;

    AuditLogResource(AuditSearch search) {
        this.search = search;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response log(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page) {
        List<FieldError> errors = new ArrayList<>();
        AuditSearch.Filter filter = filter(actor, action, subject, from, to, errors);
        int pageNumber = page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
        AuditSearch.Page found = errors.isEmpty()
                ? search.page(filter, pageNumber - 1, PAGE_SIZE)
                : new AuditSearch.Page(List.of(), 0, search.actions());
        long total = found.total();
        List<Row> rows = found.entries().stream().map(AuditLogResource::row).toList();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        AuditView view = new AuditView(
                text(actor),
                text(action),
                text(subject),
                text(from),
                text(to),
                found.actions(),
                rows,
                total,
                pageNumber,
                pages,
                query(actor, action, subject, from, to),
                errors);
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.audit(view))
                .build();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response export(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("subject") String subject,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        List<FieldError> errors = new ArrayList<>();
        AuditSearch.Filter filter = filter(actor, action, subject, from, to, errors);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(errors.get(0).message())
                    .build();
        }
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            writer.write("occurred_at,actor,action,subject_type,subject_id,before,after,note\r\n");
            for (int offset = 0; ; offset += EXPORT_BATCH) {
                int start = offset;
                List<AuditSearch.Entry> batch = search.batch(filter, start, EXPORT_BATCH);
                for (AuditSearch.Entry e : batch) {
                    writer.write(String.join(
                            ",",
                            Csv.cell(e.occurredAt().toString()),
                            Csv.cell(e.actor()),
                            Csv.cell(e.action()),
                            Csv.cell(e.subjectType()),
                            Csv.cell(e.subjectId() == null ? "" : e.subjectId().toString()),
                            Csv.cell(e.before()),
                            Csv.cell(e.after()),
                            Csv.cell(e.note())));
                    writer.write("\r\n");
                }
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
            }
            writer.flush();
        };
        return Response.ok(body)
                .header("Content-Disposition", "attachment; filename=\"audit-log.csv\"")
                .build();
    }

    private static Row row(AuditSearch.Entry e) {
        return new Row(
                e.occurredAt().toString().substring(0, 19).replace('T', ' '),
                e.actor(),
                e.action(),
                e.subjectType() + (e.subjectId() == null ? "" : " " + e.subjectId()),
                e.before(),
                e.after(),
                e.note());
    }

    private static AuditSearch.Filter filter(
            String actor, String action, String subject, String from, String to, List<FieldError> errors) {
        UUID subjectId = null;
        if (!text(subject).isEmpty()) {
            try {
                subjectId = UUID.fromString(subject.strip());
            } catch (IllegalArgumentException e) {
                errors.add(
                        new FieldError("subject", "Enter the entry's ID, like 069a8464-c41c-4424-ba42-17affba43221"));
            }
        }
        LocalDate fromDate = UkDate.read(from, "from", errors);
        LocalDate toDate = UkDate.read(to, "to", errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "The end date must be the same as or after the start date"));
        }
        return new AuditSearch.Filter(
                text(actor).isEmpty() ? null : actor.strip(),
                text(action).isEmpty() ? null : action.strip(),
                subjectId,
                fromDate,
                toDate);
    }

    private static String query(String... values) {
        String[] names = {"actor", "action", "subject", "from", "to"};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!text(values[i]).isEmpty()) {
                parts.add(names[i] + "=" + java.net.URLEncoder.encode(values[i].strip(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
