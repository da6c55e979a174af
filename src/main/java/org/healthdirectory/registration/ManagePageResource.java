package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.SessionTimes;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.notification.MailReceipt;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** /manage: providers sign in with an emailed link and look after their listings. No password. */
@Path("/manage")
@Produces(MediaType.TEXT_HTML)
public class ManagePageResource {

    private static final String CHECK_EMAIL = "/manage/check-email";

    public record ListingRow(
            UUID id, String name, String status, boolean published, boolean paused, String lastChecked) {}

    public record ListingsView(String email, List<ListingRow> listings, String done) {}

    public record EditView(UUID id, EditForm form, List<FieldError> errors, ListingChoices choices) {
        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    /** Sign-in asks only for the email address the listings were registered with. */
    public static class SignInForm {
        @RestForm
        @FieldRules.ContactEmail
        public String email;
    }

    public record OrganisationView(OrganisationForm form, List<FieldError> errors) {
        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(String email, String error);

        static native TemplateInstance checkEmail(MailReceipt receipt, Duration lifetime);

        static native TemplateInstance signIn(String token);

        /** links: "Sign-in links", "Links in reminder emails"; lifetime: how long they work. */
        static native TemplateInstance linkRefused(String links, Duration lifetime);

        static native TemplateInstance listings(ListingsView view);

        static native TemplateInstance edit(EditView view);

        static native TemplateInstance organisation(OrganisationView view);
    }

    private final ManageEntries manage;
    private final ProviderSessions sessions;
    private final RegistrationPageResource registrationPage;
    private final ContentCatalogue catalogue;
    private final FormErrors formErrors;
    private final CheckEmailPages checkEmailPages;
    private final Duration signInLinkLifetime;
    private final boolean secureCookies;

    ManagePageResource(
            ManageEntries manage,
            ProviderSessions sessions,
            RegistrationPageResource registrationPage,
            ContentCatalogue catalogue,
            FormErrors formErrors,
            CheckEmailPages checkEmailPages,
            DirectoryConfig config,
            @ConfigProperty(name = "directory.security.secure-cookies") boolean secureCookies) {
        this.checkEmailPages = checkEmailPages;
        this.signInLinkLifetime = config.mail().signInLinkLifetime();
        this.manage = manage;
        this.registrationPage = registrationPage;
        this.catalogue = catalogue;
        this.sessions = sessions;
        this.formErrors = formErrors;
        this.secureCookies = secureCookies;
    }

    @GET
    public Response start(@CookieParam(ProviderSessions.COOKIE) String session) {
        if (sessions.email(session).isPresent()) {
            return Response.seeOther(URI.create("/manage/listings")).build();
        }
        return Response.ok(Templates.start("", null)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestLink(@BeanParam SignInForm form, @Context HttpServerRequest request) {
        String address = form.email == null ? "" : form.email.trim();
        form.email = address;
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.start(address, errors.get(0).message()))
                    .build();
        }
        Optional<UUID> receipt = manage.requestSignIn(address, CheckEmailPages.ip(request));
        if (receipt.isEmpty()) {
            return Response.status(429)
                    .entity(Templates.start(address, CheckEmailPages.TOO_MANY))
                    .build();
        }
        return Response.seeOther(CheckEmailPages.page(CHECK_EMAIL, receipt.get()))
                .build();
    }

    /** Says nothing about whether the email was sent: that would tell a stranger the address is known. */
    @GET
    @Path("/check-email")
    public TemplateInstance checkEmail(@QueryParam("mail") String mail) {
        return Templates.checkEmail(checkEmailPages.receipt(CHECK_EMAIL, mail, false), signInLinkLifetime);
    }

    /** "Send it again": the same email, within the same limits. */
    @POST
    @Path("/check-email")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sendAgain(@RestForm String mail, @Context HttpServerRequest request) {
        return checkEmailPages.sendAgain(
                CHECK_EMAIL, mail, request, false, receipt -> Templates.checkEmail(receipt, signInLinkLifetime));
    }

    @GET
    @Path("/sign-in")
    public Response signInPage(@QueryParam("token") String token) {
        return manage.isUsableSignIn(token)
                ? Response.ok(Templates.signIn(token)).build()
                : linkRefused();
    }

    @POST
    @Path("/sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@RestForm String token) {
        Optional<String> session = manage.signIn(token);
        if (session.isEmpty()) {
            return linkRefused();
        }
        return Response.seeOther(URI.create("/manage/listings"))
                .cookie(cookie(session.get(), (int) ProviderSessions.LIFETIME.toSeconds()))
                .build();
    }

    @POST
    @Path("/sign-out")
    public Response signOut(@CookieParam(ProviderSessions.COOKIE) String session) {
        sessions.end(session);
        return Response.seeOther(URI.create("/")).cookie(cookie("", 0)).build();
    }

    @GET
    @Path("/listings")
    public Response listings(@CookieParam(ProviderSessions.COOKIE) String session, @QueryParam("done") String done) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        List<ListingRow> rows = manage.ownedBy(email.get()).stream()
                .map(ManagePageResource::row)
                .toList();
        return Response.ok(Templates.listings(new ListingsView(email.get(), rows, doneMessage(done))))
                .build();
    }

    @GET
    @Path("/listings/new")
    public Response newListingForm(@CookieParam(ProviderSessions.COOKIE) String session) {
        if (sessions.email(session).isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        return Response.ok(RegistrationPageResource.Templates.register(
                        registrationPage.view(new RegistrationForm(), List.of(), true)))
                .build();
    }

    @POST
    @Path("/listings/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addListing(@CookieParam(ProviderSessions.COOKIE) String session, @BeanParam RegistrationForm form) {
        Optional<String> email = sessions.email(session);
        List<Listing> owned = email.map(manage::ownedBy).orElse(List.of());
        if (owned.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        form.organisationName = owned.get(0).getOrganisation().getName();
        form.email = email.get();
        List<FieldError> errors = registrationPage.check(form);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(RegistrationPageResource.Templates.register(registrationPage.view(form, errors, true)))
                    .build();
        }
        manage.addListing(email.get(), form);
        return done("added");
    }

    @GET
    @Path("/listings/{id}/edit")
    public Response editForm(@CookieParam(ProviderSessions.COOKIE) String session, @PathParam("id") UUID id) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        return Response.ok(Templates.edit(editView(id, EditForm.from(manage.owned(email.get(), id)), List.of())))
                .build();
    }

    @POST
    @Path("/listings/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(
            @CookieParam(ProviderSessions.COOKIE) String session, @PathParam("id") UUID id, @BeanParam EditForm form) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        form.tidy();
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            manage.owned(email.get(), id);
            return Response.status(400)
                    .entity(Templates.edit(editView(id, form, errors)))
                    .build();
        }
        ManageEntries.EditOutcome outcome = manage.edit(email.get(), id, form);
        return done(outcome.name());
    }

    @GET
    @Path("/organisation")
    public Response organisationForm(@CookieParam(ProviderSessions.COOKIE) String session) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        OrganisationForm form = OrganisationForm.from(manage.organisationOf(email.get()));
        return Response.ok(Templates.organisation(new OrganisationView(form, List.of())))
                .build();
    }

    @POST
    @Path("/organisation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeOrganisation(
            @CookieParam(ProviderSessions.COOKIE) String session, @BeanParam OrganisationForm form) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        List<FieldError> errors = formErrors.of(form);
        if (!errors.isEmpty()) {
            manage.organisationOf(email.get());
            return Response.status(400)
                    .entity(Templates.organisation(new OrganisationView(form, errors)))
                    .build();
        }
        return done(
                "organisation-" + manage.changeOrganisation(email.get(), form).name());
    }

    @POST
    @Path("/listings/{id}/{action: still-correct|pause|resume|remove}")
    public Response act(
            @CookieParam(ProviderSessions.COOKIE) String session,
            @PathParam("id") UUID id,
            @PathParam("action") String action) {
        Optional<String> email = sessions.email(session);
        if (email.isEmpty()) {
            return Response.seeOther(URI.create("/manage")).build();
        }
        switch (action) {
            case "still-correct" -> manage.stillCorrect(email.get(), id);
            case "pause" -> manage.pause(email.get(), id);
            case "resume" -> manage.resume(email.get(), id);
            default -> manage.remove(email.get(), id);
        }
        return done(action);
    }

    private Response linkRefused() {
        return Response.status(410)
                .entity(Templates.linkRefused("Sign-in links", signInLinkLifetime))
                .build();
    }

    private EditView editView(UUID id, EditForm form, List<FieldError> errors) {
        return new EditView(
                id, form, errors, ListingChoices.of(catalogue, form.audiences, form.accessibility, form.languages));
    }

    private static Response done(String what) {
        return Response.seeOther(URI.create("/manage/listings?done=" + what)).build();
    }

    private static String doneMessage(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "still-correct" -> "Thank you. We have noted that your listing is still correct.";
            case "pause" -> "Your listing is paused. It is hidden until you start it again.";
            case "resume" -> "Your listing is showing again.";
            case "remove" -> "Your listing has been removed. It will be deleted for good after 30 days.";
            case "organisation-SENT_FOR_CHECKING" ->
                "Thank you. The change to your organisation's details has been sent for checking. People see the old details until then.";
            case "organisation-PUBLISHED_NOW" -> "Your organisation's details are saved.";
            case "organisation-NO_CHANGE" -> "You did not change anything.";
            case "PUBLISHED_NOW", "SENT_FOR_CHECKING", "SAVED_NOT_LIVE", "NO_CHANGE" ->
                ManageEntries.EditOutcome.valueOf(done).message;
            case "added" ->
                "Thank you. Your new activity has been sent for checking. We will email you when it is live.";
            default -> null;
        };
    }

    private static ListingRow row(Listing listing) {
        String status = switch (listing.getStatus()) {
            case PUBLISHED -> "Live";
            case PENDING -> "Waiting for checks";
            case DRAFT -> "Not confirmed by email yet";
            case CHANGES_REQUESTED -> "Changes needed";
            case PAUSED -> "Paused";
            case ARCHIVED -> "Removed";
        };
        LocalDate checked = LocalDate.ofInstant(listing.getLastConfirmedAt(), UkTime.ZONE);
        // Only a listing that has been live has been checked; one waiting for checks has no such date yet.
        boolean everLive = listing.getPublishedAt() != null;
        return new ListingRow(
                listing.getId(),
                listing.getName(),
                status,
                listing.isPublished(),
                listing.getStatus() == org.healthdirectory.listing.ListingStatus.PAUSED,
                everLive ? SessionTimes.date(checked) + " " + checked.getYear() : null);
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(ProviderSessions.COOKIE)
                .value(value)
                // The whole site, so a public listing page can offer its owner "Edit this listing".
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secureCookies)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
