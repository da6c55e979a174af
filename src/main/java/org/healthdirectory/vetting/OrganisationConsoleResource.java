package org.healthdirectory.vetting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** Console pages for organisations and their vetting checks. Moderators and admins only. */
@Path("/console/organisations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class OrganisationConsoleResource {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public record ListView(String name, String filter, OrganisationList.Page page, List<ListRow> rows) {
        /** The search and filter, for the links to other pages. */
        public String query() {
            return "name=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8) + "&filter="
                    + filter;
        }
    }

    public record ListRow(UUID id, String name, String type, boolean trusted, long passed, String nextExpiry) {}

    public record CheckEditView(
            UUID organisationId,
            String organisationName,
            String slug,
            String label,
            String hint,
            CheckForm form,
            List<FieldError> errors,
            List<CheckStatus> statuses) {
        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance organisation(OrganisationFiles.OrganisationView view);

        static native TemplateInstance editCheck(CheckEditView view);
    }

    private final FormErrors formErrors;
    private final Checks checks;
    private final OrganisationFiles files;
    private final OrganisationList organisations;
    private final SecurityIdentity identity;

    OrganisationConsoleResource(
            Checks checks,
            OrganisationFiles files,
            OrganisationList organisations,
            SecurityIdentity identity,
            FormErrors formErrors) {
        this.formErrors = formErrors;
        this.checks = checks;
        this.files = files;
        this.organisations = organisations;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(
            @QueryParam("name") String name, @QueryParam("filter") String filter, @QueryParam("page") String page) {
        OrganisationList.Filter chosen = filter(filter);
        OrganisationList.Page found = organisations.find(name, chosen, pageNumber(page));
        List<ListRow> rows = found.rows().stream()
                .map(r -> new ListRow(
                        r.id(),
                        r.name(),
                        r.type(),
                        r.trusted(),
                        r.passed(),
                        r.nextExpiry() == null ? null : DATE.format(r.nextExpiry())))
                .toList();
        return Templates.list(new ListView(name == null ? "" : name, chosen.name(), found, rows));
    }

    @GET
    @Path("/{id}")
    public TemplateInstance organisation(@PathParam("id") UUID id, @QueryParam("saved") String saved) {
        OrganisationFiles.OrganisationView file = files.file(id);
        String message = switch (saved == null ? "" : saved) {
            case "check" -> "The check is saved.";
            case "trusted" ->
                file.trusted()
                        ? "This organisation is trusted. Their changes to live listings now publish without checking."
                        : "This organisation is no longer trusted. Their changes will be checked first.";
            default -> null;
        };
        return Templates.organisation(file.saying(message));
    }

    @GET
    @Path("/{id}/checks/{kind}")
    public TemplateInstance editCheck(@PathParam("id") UUID id, @PathParam("kind") String slug) {
        CheckKind kind = kind(slug);
        return Templates.editCheck(editView(files.check(id, kind, staff()), kind, List.of()));
    }

    @POST
    @Path("/{id}/checks/{kind}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCheck(@PathParam("id") UUID id, @PathParam("kind") String slug, @BeanParam CheckForm form) {
        CheckKind kind = kind(slug);
        List<FieldError> errors =
                FormErrors.plus(formErrors.of(form), form.togetherErrors(checks.today()), CheckForm.class);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.editCheck(editView(files.check(id, form), kind, errors)))
                    .build();
        }
        checks.record(id, kind, form, staff());
        return Response.seeOther(URI.create("/console/organisations/" + id + "?saved=check"))
                .build();
    }

    @POST
    @Path("/{id}/trusted")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveTrusted(@PathParam("id") UUID id, @RestForm String trusted) {
        if (trusted != null && !trusted.equals("yes")) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        checks.setTrusted(id, trusted != null, staff());
        return Response.seeOther(URI.create("/console/organisations/" + id + "?saved=trusted"))
                .build();
    }

    private static CheckEditView editView(
            OrganisationFiles.CheckOnFile check, CheckKind kind, List<FieldError> errors) {
        return new CheckEditView(
                check.organisationId(),
                check.organisationName(),
                kind.slug(),
                kind.label,
                kind.hint,
                check.form(),
                errors,
                List.of(CheckStatus.values()));
    }

    private String staff() {
        return identity.getPrincipal().getName();
    }

    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String warning(Check check, LocalDate today) {
        if (check.getStatus() != CheckStatus.PASSED || check.getExpiresOn() == null) {
            return null;
        }
        if (check.getExpiresOn().isBefore(today)) {
            return "Expired";
        }
        return check.getExpiresOn().isAfter(today.plusDays(Checks.EXPIRING_WITHIN_DAYS)) ? null : "Expires soon";
    }

    private static CheckKind kind(String slug) {
        return CheckKind.fromSlug(slug).orElseThrow(NotFoundException::new);
    }

    private static OrganisationList.Filter filter(String value) {
        if (value == null || value.isBlank()) {
            return OrganisationList.Filter.ALL;
        }
        try {
            return OrganisationList.Filter.valueOf(value);
        } catch (IllegalArgumentException e) {
            return OrganisationList.Filter.ALL;
        }
    }

    private static int pageNumber(String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
