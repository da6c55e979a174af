package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.Validator;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.notification.MailReceipt;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestForm;

/** /register: list an activity in a few minutes, on a phone, without an account or a password. */
@Path("/register")
@Produces(MediaType.TEXT_HTML)
public class RegistrationPageResource {

    static final List<String> FIELD_ORDER = List.of(
            "organisationName",
            "activityName",
            "description",
            "domains",
            "where",
            "postcode",
            "email",
            "cost",
            "day",
            "startTime",
            "phone",
            "publicEmail",
            "website",
            "audiences",
            "accessibility",
            "languages",
            "charityNumber",
            "companyNumber");

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
            return value.equals(form.cost) || (value.equals("FREE") && (form.cost == null || form.cost.isBlank()));
        }
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
    private final Validator validator;
    private final CheckEmailPages checkEmailPages;
    private final Duration linkLifetime;

    RegistrationPageResource(
            Registration registration,
            ContentCatalogue catalogue,
            Validator validator,
            CheckEmailPages checkEmailPages,
            DirectoryConfig config) {
        this.registration = registration;
        this.catalogue = catalogue;
        this.validator = validator;
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
        form.domains = form.domains == null
                ? List.of()
                : form.domains.stream().filter(d -> d != null && !d.isBlank()).toList();
        List<FieldError> errors = new ArrayList<>(validator.validate(form).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .distinct()
                .toList());
        Set<String> known = catalogue.domains().stream()
                .map(ContentCatalogue.DomainEntry::slug)
                .collect(Collectors.toSet());
        if (form.domains != null && !known.containsAll(form.domains)) {
            errors.add(new FieldError("domains", "Choose types of activity from the list"));
        }
        form.audiences = nonBlank(form.audiences);
        form.accessibility = nonBlank(form.accessibility);
        form.languages = nonBlank(form.languages);
        if (!form.audiences.stream().allMatch(catalogue::isAudience)) {
            errors.add(new FieldError("audiences", "Choose who it is for from the list"));
        }
        if (!form.accessibility.stream().allMatch(catalogue::isAccessibilityFeature)) {
            errors.add(new FieldError("accessibility", "Choose accessibility features from the list"));
        }
        if (!form.languages.stream().allMatch(code -> code.matches("[a-z]{2,3}"))) {
            errors.add(new FieldError("languages", "Choose languages from the list"));
        }
        if ("postcode".equals(form.where)
                && errors.stream().noneMatch(e -> e.field().equals("postcode"))) {
            if (form.postcode == null || form.postcode.isBlank()) {
                errors.add(new FieldError("postcode", "Enter the postcode of the place where it happens"));
            } else if (Postcode.parse(form.postcode).filter(Postcode::isFull).isEmpty()) {
                errors.add(new FieldError("postcode", "Enter a full postcode, like M40 9NB"));
            } else if (registration.locate(form.postcode).isEmpty()) {
                errors.add(new FieldError("postcode", "We could not find that postcode. Check it and try again"));
            }
        }
        errors.sort((a, b) -> Integer.compare(FIELD_ORDER.indexOf(a.field()), FIELD_ORDER.indexOf(b.field())));
        return errors;
    }

    private RegisterView view(RegistrationForm form, List<FieldError> errors) {
        return view(form, errors, false);
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .distinct()
                        .toList();
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
