package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.FormErrors;
import org.jboss.resteasy.reactive.RestForm;

/** Admins choose which localities each moderator looks after. */
@Path("/console/localities")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class LocalitiesResource {

    public record LocalitiesView(
            List<ModeratorLocalities.Overview> localities,
            String username,
            String locality,
            String done,
            List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    /** A moderator's sign-in name and a locality for them to look after; the locality is checked against the database. */
    public static class AssignForm {
        private static final String ENTER_A_NAME = "Enter the moderator's sign-in name, like j.smith";

        @RestForm
        @NotBlank(message = ENTER_A_NAME)
        @Pattern(regexp = "\\s*[A-Za-z0-9._@-]{1,200}\\s*", message = ENTER_A_NAME)
        public String username;

        @RestForm
        public String locality;

        String name() {
            return username == null ? "" : username.strip();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance localities(LocalitiesView view);
    }

    private final ModeratorLocalities moderatorLocalities;
    private final StaffScope staff;
    private final FormErrors formErrors;

    LocalitiesResource(ModeratorLocalities moderatorLocalities, StaffScope staff, FormErrors formErrors) {
        this.moderatorLocalities = moderatorLocalities;
        this.staff = staff;
        this.formErrors = formErrors;
    }

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        return view(
                "",
                "",
                "added".equals(done) ? "Moderator added." : "removed".equals(done) ? "Moderator removed." : null,
                List.of());
    }

    @POST
    @Path("/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@BeanParam AssignForm form) {
        List<FieldError> errors = FormErrors.plus(
                formErrors.of(form),
                moderatorLocalities.exists(form.locality)
                        ? List.of()
                        : List.of(new FieldError("locality", "Choose a locality")),
                AssignForm.class);
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(view(form.name(), form.locality, null, errors))
                    .build();
        }
        moderatorLocalities.assign(staff.username(), form.name(), form.locality);
        return Response.seeOther(URI.create("/console/localities?done=added")).build();
    }

    @POST
    @Path("/unassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unassign(@RestForm String username, @RestForm String locality) {
        moderatorLocalities.unassign(staff.username(), username, locality);
        return Response.seeOther(URI.create("/console/localities?done=removed")).build();
    }

    private TemplateInstance view(String username, String locality, String done, List<FieldError> errors) {
        return Templates.localities(
                new LocalitiesView(moderatorLocalities.overview(), username, locality, done, errors));
    }
}
