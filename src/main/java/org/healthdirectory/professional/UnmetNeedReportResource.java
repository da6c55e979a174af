package org.healthdirectory.professional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.healthdirectory.audit.Csv;
import org.jboss.resteasy.reactive.RestForm;

/** The unmet-need report for commissioners, under /console (moderators and admins only). */
@Path("/console/reports/unmet-need")
@RolesAllowed({"moderator", "admin"})
public class UnmetNeedReportResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(UnmetNeeds.Report report, BarChart chart);
    }

    private final UnmetNeeds needs;
    private final SecurityIdentity identity;

    UnmetNeedReportResource(UnmetNeeds needs, SecurityIdentity identity) {
        this.needs = needs;
        this.identity = identity;
    }

    /** "Hide as junk": the words leave the report (searches and professionals' reports alike). */
    @POST
    @Path("/hide")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response hide(@RestForm String what) {
        needs.hide(what, identity.getPrincipal().getName());
        return Response.seeOther(URI.create("/console/reports/unmet-need")).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance report() {
        UnmetNeeds.Report report = needs.report();
        return Templates.report(
                report, BarChart.of("Unmet need by type of support since " + report.from(), report.byDomain()));
    }

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    public Response csv() {
        StringBuilder csv = new StringBuilder("month,type of support,area,searches that found nothing,"
                + "reported by professionals,said they did not find it,total\r\n");
        for (UnmetNeeds.Row row : needs.report().rows()) {
            csv.append(String.join(
                            ",",
                            Csv.cell(row.month()),
                            Csv.cell(row.domain()),
                            Csv.cell(row.locality()),
                            String.valueOf(row.searches()),
                            String.valueOf(row.reports()),
                            String.valueOf(row.told()),
                            String.valueOf(row.total())))
                    .append("\r\n");
        }
        return Response.ok(csv.toString())
                .type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"unmet-need.csv\"")
                .build();
    }

    /** Quoted, and never read as a formula by a spreadsheet. */
}
