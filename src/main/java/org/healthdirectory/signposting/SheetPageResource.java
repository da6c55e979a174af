package org.healthdirectory.signposting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.language.Messages;
import org.healthdirectory.language.ReaderLanguage;
import org.healthdirectory.language.Translations;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The signposting sheet: a page written for the patient, to print (A4, optional large print) or to
 * send by email or text. The address or number typed in is used for that one send only. Its problems
 * are told in the reader's language, like every other public page.
 */
@Path("/shortlist/sheet")
@Produces(MediaType.TEXT_HTML)
public class SheetPageResource {

    public record SheetPage(
            SignpostingSheet sheet, boolean large, String email, String mobile, List<FieldError> errors, String sent) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }

        /** This sheet's options as a query string, for links and for coming back after sending. */
        public String options() {
            return query(sheet.practice(), large);
        }
    }

    /** "Send it by email": the address, and the sheet's options to come back to. */
    public static class EmailForm {
        @RestForm
        @NotBlank(message = ENTER_AN_EMAIL)
        @PatientContact.Email
        public String email;

        @RestForm
        public String practice;

        @RestForm
        public String size;
    }

    /** "Send it by text": the mobile number, and the sheet's options to come back to. */
    public static class TextForm {
        @RestForm
        @NotBlank(message = ENTER_A_MOBILE)
        @PatientContact.UkMobile
        public String mobile;

        @RestForm
        public String practice;

        @RestForm
        public String size;
    }

    private static final String ENTER_AN_EMAIL = "Enter the email address to send it to";
    private static final String ENTER_A_MOBILE = "Enter the mobile number to send it to";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance sheet(SheetPage page);
    }

    private final Sheets sheets;
    private final Shortlists shortlists;
    private final SheetSender sender;
    private final ReaderLanguage reader;
    private final FormErrors formErrors;

    SheetPageResource(
            Sheets sheets, Shortlists shortlists, SheetSender sender, ReaderLanguage reader, FormErrors formErrors) {
        this.sheets = sheets;
        this.shortlists = shortlists;
        this.sender = sender;
        this.reader = reader;
        this.formErrors = formErrors;
    }

    private Messages msg() {
        return Translations.messages(reader.current());
    }

    @GET
    public TemplateInstance sheet(
            @CookieParam(CurrentShortlist.COOKIE) String key,
            @QueryParam("practice") String practice,
            @QueryParam("size") String size,
            @QueryParam("sent") String sent) {
        return Templates.sheet(
                new SheetPage(sheets.sheet(key, practice), "large".equals(size), null, null, List.of(), sent));
    }

    @POST
    @Path("/email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response email(
            @CookieParam(CurrentShortlist.COOKIE) String key,
            @BeanParam EmailForm form,
            @Context HttpServerRequest request) {
        SignpostingSheet sheet = sheets.sheet(key, form.practice);
        boolean large = "large".equals(form.size);
        if (sheet.isEmpty()) {
            return Response.seeOther(URI.create("/shortlist")).build();
        }
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return invalid(400, new SheetPage(sheet, large, form.email, null, inReadersLanguage(errors), null));
        }
        return switch (sender.email(PatientContact.email(form.email).orElseThrow(), sheet, ip(request))) {
            case TOO_MANY -> tooMany(sheet, large, "email");
            default -> sent(sheet, large, "email");
        };
    }

    /** The hourly limit for this address or number is used up: said next to the field that was filled in. */
    private Response tooMany(SignpostingSheet sheet, boolean large, String field) {
        return invalid(
                429,
                new SheetPage(sheet, large, null, null, List.of(new FieldError(field, msg().errSheetTooMany())), null));
    }

    @POST
    @Path("/text")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response text(
            @CookieParam(CurrentShortlist.COOKIE) String key,
            @BeanParam TextForm form,
            @Context HttpServerRequest request) {
        SignpostingSheet sheet = sheets.sheet(key, form.practice);
        boolean large = "large".equals(form.size);
        Optional<UUID> shortlistId = shortlists.idFor(key);
        if (sheet.isEmpty() || shortlistId.isEmpty()) {
            return Response.seeOther(URI.create("/shortlist")).build();
        }
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return invalid(400, new SheetPage(sheet, large, null, form.mobile, inReadersLanguage(errors), null));
        }
        String to = PatientContact.ukMobile(form.mobile).orElseThrow();
        return switch (sender.text(to, sheet, ip(request), shortlistId.get())) {
            case TOO_MANY -> tooMany(sheet, large, "mobile");
            case FAILED ->
                invalid(
                        503,
                        new SheetPage(
                                sheet,
                                large,
                                null,
                                null,
                                List.of(new FieldError("mobile", msg().errSheetTextFailed())),
                                null));
            case NOT_SENT_OUTBOX -> sent(sheet, large, "outbox");
            case SENT -> sent(sheet, large, "text");
        };
    }

    /** The form's checks speak English; the page says the same in the reader's language. */
    private List<FieldError> inReadersLanguage(List<FieldError> errors) {
        Messages msg = msg();
        return errors.stream()
                .map(e -> new FieldError(
                        e.field(),
                        switch (e.message()) {
                            case ENTER_AN_EMAIL -> msg.errSheetEmailMissing();
                            case ENTER_A_MOBILE -> msg.errSheetMobileMissing();
                            default -> e.field().equals("email") ? msg.errSheetEmail() : msg.errSheetMobile();
                        }))
                .toList();
    }

    private static Response invalid(int status, SheetPage page) {
        return Response.status(status).entity(Templates.sheet(page)).build();
    }

    /** Redirect after sending, so a refresh cannot send again; the address is not in the new URL. */
    private static Response sent(SignpostingSheet sheet, boolean large, String how) {
        String options = query(sheet.practice(), large);
        return Response.seeOther(
                        URI.create("/shortlist/sheet?" + (options.isEmpty() ? "" : options + "&") + "sent=" + how))
                .build();
    }

    static String query(String practice, boolean large) {
        String query = practice == null ? "" : "practice=" + URLEncoder.encode(practice, StandardCharsets.UTF_8);
        if (large) {
            query += (query.isEmpty() ? "" : "&") + "size=large";
        }
        return query;
    }

    private static String ip(HttpServerRequest request) {
        return request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
    }
}
