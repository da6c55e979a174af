package org.healthdirectory.vetting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Checks to renew: passed checks that have expired or expire within 30 days. Moderators and admins only. */
@Path("/console/checks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class ExpiringChecksResource {

    public record Row(
            UUID organisationId,
            String organisationName,
            String slug,
            String label,
            String expiresOn,
            boolean expired,
            String checkedBy) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance expiring(List<Row> rows);
    }

    private final Checks checks;

    ExpiringChecksResource(Checks checks) {
        this.checks = checks;
    }

    @GET
    @Path("/expiring")
    public TemplateInstance expiring() {
        LocalDate today = checks.today();
        return Templates.expiring(checks.expiring().stream()
                .map(c -> new Row(
                        c.getOrganisation().getId(),
                        c.getOrganisation().getName(),
                        c.getKind().slug(),
                        c.getKind().label,
                        OrganisationConsoleResource.date(c.getExpiresOn()),
                        c.getExpiresOn().isBefore(today),
                        c.getCheckedBy()))
                .toList());
    }
}
