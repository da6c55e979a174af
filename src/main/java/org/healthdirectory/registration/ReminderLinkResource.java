package org.healthdirectory.registration;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The links in reminder emails: "it is still correct" and "change the details" for one listing,
 * without signing in. Each link works only for its listing and its action.
 */
@Path("/reminders/{id}")
@Produces(MediaType.TEXT_HTML)
public class ReminderLinkResource {

    public record LinkEditView(UUID id, String token, EditForm form, List<FieldError> errors, ListingChoices choices) {
        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(UUID id, String name, String token);

        static native TemplateInstance done(String message);

        static native TemplateInstance edit(LinkEditView view);
    }

    private final ManageEntries manage;
    private final ContentCatalogue catalogue;
    private final FormErrors formErrors;
    private final java.time.Duration linkLifetime;

    ReminderLinkResource(
            ManageEntries manage, ContentCatalogue catalogue, FormErrors formErrors, DirectoryConfig config) {
        this.manage = manage;
        this.catalogue = catalogue;
        this.formErrors = formErrors;
        this.linkLifetime = config.freshness().linkLifetime();
    }

    @GET
    @Path("/still-correct")
    public Response confirmPage(@PathParam("id") UUID id, @QueryParam("token") String token) {
        return manage.listingNameByLink(token, EmailLink.Purpose.CONFIRM_LISTING, id)
                .map(name -> Response.ok(Templates.confirm(id, name, token)).build())
                .orElseGet(this::refused);
    }

    @POST
    @Path("/still-correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("id") UUID id, @RestForm String token) {
        return manage.stillCorrectByLink(token, id)
                ? Response.ok(Templates.done("Thank you. We have noted that your listing is still correct."))
                        .build()
                : refused();
    }

    @GET
    @Path("/edit")
    public Response editForm(@PathParam("id") UUID id, @QueryParam("token") String token) {
        return manage.editFormByLink(token, id)
                .map(form -> Response.ok(Templates.edit(view(id, token, form, List.of())))
                        .build())
                .orElseGet(this::refused);
    }

    @POST
    @Path("/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") UUID id, @RestForm String token, @BeanParam EditForm form) {
        form.tidy();
        List<FieldError> errors = formErrors.of(form);
        if (manage.listingNameByLink(token, EmailLink.Purpose.EDIT_LISTING, id).isEmpty()) {
            return refused();
        }
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(Templates.edit(view(id, token, form, errors)))
                    .build();
        }
        ManageEntries.EditOutcome outcome = manage.editByLink(token, id, form).orElseThrow();
        return Response.ok(Templates.done(outcome.message)).build();
    }

    private LinkEditView view(UUID id, String token, EditForm form, List<FieldError> errors) {
        return new LinkEditView(
                id,
                token,
                form,
                errors,
                ListingChoices.of(catalogue, form.audiences, form.accessibility, form.languages));
    }

    private Response refused() {
        return Response.status(410)
                .entity(ManagePageResource.Templates.linkRefused("Links in reminder emails", linkLifetime))
                .build();
    }
}
