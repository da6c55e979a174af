package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.Session;
import org.healthdirectory.notification.MailReceipt;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** /register: list an activity in a few minutes, on a phone, without an account or a password. */
@Path("/register")
@Produces(MediaType.TEXT_HTML)
public class RegistrationPageResource {

    /** The six required answers (and the postcode, for an activity at a place); the rest is optional. */
    static final Set<String> REQUIRED =
            Set.of("organisationName", "activityName", "description", "domains", "where", "postcode", "email");

    static final Map<String, String> DAYS = days();

    public record DomainChoice(String slug, String name, String keywords, boolean checked) {}

    /** signedIn: a provider adding another activity; their group and email come from the session. */
    public record RegisterView(
            RegistrationForm form,
            List<DomainChoice> domains,
            List<FieldError> errors,
            boolean signedIn,
            String action,
            ListingChoices choices) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }

        public boolean whereIs(String value) {
            return value.equals(form.where);
        }

        public boolean costIs(String value) {
            return value.equals(form.cost);
        }

        /** The optional section opens when one of its answers has a problem. */
        public boolean hasOptionalErrors() {
            return errors.stream().anyMatch(e -> !REQUIRED.contains(e.field()));
        }

        public List<ListingChoices.Choice> dayChoices() {
            return DAYS.entrySet().stream()
                    .map(d -> new ListingChoices.Choice(d.getKey(), d.getValue(), form.days.contains(d.getKey())))
                    .toList();
        }

        public boolean frequencyIs(String value) {
            return value.equals(form.frequency)
                    || (value.equals("WEEKLY") && (form.frequency == null || form.frequency.isBlank()));
        }
    }

    private static Map<String, String> days() {
        Map<String, String> days = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(Session.codeOf(day), ScheduleText.dayName(day));
        }
        return days;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(RegisterView view);

        static native TemplateInstance checkEmail(MailReceipt receipt, Duration lifetime);

        static native TemplateInstance confirm(String token);

        static native TemplateInstance linkRefused(Duration lifetime);

        static native TemplateInstance confirmed();
    }

    private static final String CHECK_EMAIL = "/register/check-email";

    private final Registration registration;
    private final ContentCatalogue catalogue;
    private final FormErrors formErrors;
    private final CheckEmailPages checkEmailPages;
    private final Duration linkLifetime;

    RegistrationPageResource(
            Registration registration,
            ContentCatalogue catalogue,
            FormErrors formErrors,
            CheckEmailPages checkEmailPages,
            DirectoryConfig config) {
        this.registration = registration;
        this.catalogue = catalogue;
        this.formErrors = formErrors;
        this.checkEmailPages = checkEmailPages;
        this.linkLifetime = config.mail().linkLifetime();
    }

    @GET
    public TemplateInstance form() {
        return Templates.register(view(new RegistrationForm(), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@BeanParam RegistrationForm form, @Context HttpServerRequest request) {
        if (form.isBot()) {
            // Looks the same as success to a bot; nothing is stored or sent.
            return Response.seeOther(CheckEmailPages.page(CHECK_EMAIL, UUID.randomUUID()))
                    .build();
        }
        List<FieldError> errors = check(form);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.register(view(form, errors)))
                    .build();
        }
        Registration.Outcome outcome = registration.register(form, CheckEmailPages.ip(request));
        if (outcome instanceof Registration.Outcome.TooManyEmails) {
            return Response.status(429)
                    .entity(Templates.register(view(form, List.of(new FieldError("email", CheckEmailPages.TOO_MANY)))))
                    .build();
        }
        return Response.seeOther(CheckEmailPages.page(CHECK_EMAIL, ((Registration.Outcome.LinkSent) outcome).receipt()))
                .build();
    }

    @GET
    @Path("/check-email")
    public TemplateInstance checkEmail(@QueryParam("mail") String mail) {
        return Templates.checkEmail(checkEmailPages.receipt(CHECK_EMAIL, mail, true), linkLifetime);
    }

    /** "Send it again": the same email, within the same limits. */
    @POST
    @Path("/check-email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendAgain(@RestForm String mail, @Context HttpServerRequest request) {
        return checkEmailPages.sendAgain(
                CHECK_EMAIL, mail, request, true, receipt -> Templates.checkEmail(receipt, linkLifetime));
    }

    /** Opening the link shows a button: mail scanners that open links cannot confirm on someone's behalf. */
    @GET
    @Path("/confirm")
    public Response confirmPage(@QueryParam("token") String token) {
        if (!registration.isUsable(token)) {
            return Response.status(410)
                    .entity(Templates.linkRefused(linkLifetime))
                    .build();
        }
        return Response.ok(Templates.confirm(token)).build();
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestForm String token) {
        if (registration.confirm(token).isEmpty()) {
            return Response.status(410)
                    .entity(Templates.linkRefused(linkLifetime))
                    .build();
        }
        return Response.seeOther(URI.create("/register/confirmed")).build();
    }

    @GET
    @Path("/confirmed")
    public TemplateInstance confirmed() {
        return Templates.confirmed();
    }

    List<FieldError> check(RegistrationForm form) {
        form.tidy();
        List<FieldError> errors = formErrors.of(form);
        return "postcode".equals(form.where)
                ? FormErrors.plus(errors, placeError(form.postcode).stream().toList(), RegistrationForm.class)
                : errors;
    }

    /** The one check that needs the database: a postcode we can find, for an activity at a place. */
    private Optional<FieldError> placeError(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return Optional.of(new FieldError("postcode", "Enter the postcode of the place where it happens"));
        }
        if (Postcode.parse(postcode).filter(Postcode::isFull).isEmpty()) {
            return Optional.of(new FieldError("postcode", "Enter a full postcode, like M40 9NB"));
        }
        if (registration.locate(postcode).isEmpty()) {
            return Optional.of(new FieldError("postcode", "We could not find that postcode. Check it and try again"));
        }
        return Optional.empty();
    }

    private RegisterView view(RegistrationForm form, List<FieldError> errors) {
        return view(form, errors, false);
    }

    RegisterView view(RegistrationForm form, List<FieldError> errors, boolean signedIn) {
        List<String> chosen = form.domains == null ? List.of() : form.domains;
        List<DomainChoice> domains = catalogue.domains().stream()
                .map(d -> new DomainChoice(
                        d.slug(),
                        d.name(),
                        d.tags().stream().map(ContentCatalogue.TagEntry::name).collect(Collectors.joining(",")),
                        chosen.contains(d.slug())))
                .toList();
        return new RegisterView(
                form,
                domains,
                errors,
                signedIn,
                signedIn ? "/manage/listings/new" : "/register",
                ListingChoices.of(catalogue, form.audiences, form.accessibility, form.languages));
    }
}
