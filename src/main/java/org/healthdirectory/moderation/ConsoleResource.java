package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The lead provider's console. Staff sign in through Keycloak; moderators and admins only. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class ConsoleResource {

    public record ConsoleView(String staffName, List<String> roles, boolean scoped, Dashboard.Figures figures) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(ConsoleView view);
    }

    private final StaffScope staff;
    private final Dashboard dashboard;
    private final io.quarkus.security.identity.SecurityIdentity identity;

    ConsoleResource(StaffScope staff, Dashboard dashboard, io.quarkus.security.identity.SecurityIdentity identity) {
        this.staff = staff;
        this.dashboard = dashboard;
        this.identity = identity;
    }

    @GET
    public TemplateInstance console() {
        return Templates.console(new ConsoleView(
                staff.username(),
                identity.getRoles().stream().sorted().toList(),
                !staff.localityIds().isEmpty(),
                dashboard.figures(staff.localityIds())));
    }
}
