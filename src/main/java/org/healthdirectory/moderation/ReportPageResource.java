package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
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
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.language.MoreMessages;
import org.healthdirectory.language.ReaderLanguage;
import org.healthdirectory.language.Translations;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;

/**
 * "Report a problem with this page": anyone can tell the lead provider an entry is wrong. The page and
 * its problems are in the reader's language; the report itself is stored as typed.
 */
@Path("/listings/{id}/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPageResource {

    private static final List<String> FIELD_ORDER = List.of("reason", "details", "email");

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

    private final ProblemReports reports;
    private final FormErrors formErrors;
    private final ReaderLanguage reader;

    ReportPageResource(ProblemReports reports, FormErrors formErrors, ReaderLanguage reader) {
        this.reports = reports;
        this.formErrors = formErrors;
        this.reader = reader;
    }

    private MoreMessages txt() {
        return Translations.more(reader.current());
    }

    @GET
    public TemplateInstance form(@PathParam("id") String id) {
        return Templates.report(view(reports.entry(id), new ReportForm(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("id") String id, @BeanParam ReportForm form, @Context HttpServerRequest request) {
        ProblemReports.Entry entry = reports.entry(id);
        List<FieldError> errors =
                formErrors.of(form).stream().map(this::inReadersLanguage).toList();
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.report(view(entry, form, errors)))
                    .build();
        }
        String ip =
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        if (!reports.send(id, ListingReport.Reason.valueOf(form.reason), form.details, form.email, ip)) {
            return Response.status(429)
                    .entity(Templates.report(
                            view(entry, form, List.of(new FieldError("details", txt().errReportTooMany())))))
                    .build();
        }
        return Response.seeOther(URI.create("/listings/" + entry.id() + "/report/sent"))
                .build();
    }

    @GET
    @Path("/sent")
    public TemplateInstance sent(@PathParam("id") String id) {
        ProblemReports.Entry entry = reports.entry(id);
        return Templates.sent(entry.id(), entry.name());
    }

    /** ReportForm's checks speak English; the page says the same in the reader's words. */
    private FieldError inReadersLanguage(FieldError error) {
        if (reader.current().isEnglish()) {
            return error;
        }
        MoreMessages txt = txt();
        String message = switch (error.field()) {
            case "reason" -> txt.errReasonMissing();
            case "details" ->
                error.message().equals(ReportForm.DETAILS_MISSING) ? txt.errDetailsMissing() : txt.errDetailsTooLong();
            case "email" ->
                error.message().equals(ReportForm.EMAIL_FORMAT)
                        ? Translations.messages(reader.current()).errSheetEmail()
                        : txt.errEmailTooLong();
            default -> error.message();
        };
        return new FieldError(error.field(), message);
    }

    /** The reason's words on this page; the console keeps the English label. */
    private String label(ListingReport.Reason reason) {
        MoreMessages txt = txt();
        return switch (reason) {
            case WRONG_DETAILS -> txt.reasonWrongDetails();
            case STOPPED -> txt.reasonStopped();
            case CONTACT_FAILS -> txt.reasonContactFails();
            case OTHER -> txt.reasonOther();
        };
    }

    private ReportView view(ProblemReports.Entry entry, ReportForm form, List<FieldError> errors) {
        List<ReasonOption> reasons = Arrays.stream(ListingReport.Reason.values())
                .map(r -> new ReasonOption(r.name(), label(r), r.name().equals(form.reason)))
                .toList();
        return new ReportView(entry.id(), entry.name(), reasons, form.details, form.email, errors);
    }
}
