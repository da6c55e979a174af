package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.healthdirectory.web.FieldError;
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance localities(LocalitiesView view);
    }

    private final ModeratorLocalities moderatorLocalities;
    private final StaffScope staff;

    LocalitiesResource(ModeratorLocalities moderatorLocalities, StaffScope staff) {
        this.moderatorLocalities = moderatorLocalities;
        this.staff = staff;
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
    public Response assign(@RestForm String username, @RestForm String locality) {
        String name = username == null ? "" : username.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!name.matches("[A-Za-z0-9._@-]{1,200}")) {
            errors.add(new FieldError("username", "Enter the moderator's sign-in name, like j.smith"));
        }
        if (!moderatorLocalities.exists(locality)) {
            errors.add(new FieldError("locality", "Choose a locality"));
        }
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(view(name, locality, null, errors))
                    .build();
        }
        moderatorLocalities.assign(staff.username(), name, locality);
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
