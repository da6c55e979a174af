package org.healthdirectory.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;

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
    private final FormErrors formErrors;

    AuditLogResource(AuditSearch search, FormErrors formErrors) {
        this.search = search;
        this.formErrors = formErrors;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response log(@BeanParam AuditFilterForm form) {
        List<FieldError> errors = formErrors.of(form);
        int pageNumber = form.pageNumber();
        AuditSearch.Page found = errors.isEmpty()
                ? search.page(form.filter(), pageNumber - 1, PAGE_SIZE)
                : new AuditSearch.Page(List.of(), 0, search.actions());
        long total = found.total();
        List<Row> rows = found.entries().stream().map(AuditLogResource::row).toList();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        AuditView view = new AuditView(
                AuditFilterForm.text(form.actor),
                AuditFilterForm.text(form.action),
                AuditFilterForm.text(form.subject),
                AuditFilterForm.text(form.from),
                AuditFilterForm.text(form.to),
                found.actions(),
                rows,
                total,
                pageNumber,
                pages,
                form.query(),
                errors);
        return Response.status(errors.isEmpty() ? 200 : 400)
                .entity(Templates.audit(view))
                .build();
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response export(@BeanParam AuditFilterForm form) {
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity(errors.get(0).message())
                    .build();
        }
        AuditSearch.Filter filter = form.filter();
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
}
