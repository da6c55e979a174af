package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import java.util.Map;
import java.util.Optional;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.geo.Locality;
import org.healthdirectory.geo.LocalityRepository;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestForm;

/** Admins choose which localities each moderator looks after. */
@Path("/console/localities")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class LocalitiesResource {

    public record LocalityRow(
            String slug, String name, String leadProvider, String outcodes, long published, List<String> moderators) {}

    public record LocalitiesView(
            List<LocalityRow> localities, String username, String locality, String done, List<FieldError> errors) {

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance localities(LocalitiesView view);
    }

    private final LocalityRepository localities;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final StaffScope staff;

    LocalitiesResource(
            LocalityRepository localities, EntityManager entityManager, AuditLog auditLog, StaffScope staff) {
        this.localities = localities;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.staff = staff;
    }

    @GET
    @Transactional
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
    @Transactional
    public Response assign(@RestForm String username, @RestForm String locality) {
        String name = username == null ? "" : username.strip();
        List<FieldError> errors = new ArrayList<>();
        if (!name.matches("[A-Za-z0-9._@-]{1,200}")) {
            errors.add(new FieldError("username", "Enter the moderator's sign-in name, like j.smith"));
        }
        Optional<Locality> chosen = localities.findBySlug(locality == null ? "" : locality);
        if (chosen.isEmpty()) {
            errors.add(new FieldError("locality", "Choose a locality"));
        }
        if (!errors.isEmpty()) {
            return Response.status(400)
                    .entity(view(name, locality, null, errors))
                    .build();
        }
        int added = entityManager
                .createNativeQuery("""
                insert into moderator_locality (username, locality_id) values (?1, ?2) on conflict do nothing""")
                .setParameter(1, name)
                .setParameter(2, chosen.get().getId())
                .executeUpdate();
        if (added > 0) {
            auditLog.record(
                    staff.username(),
                    "moderator.locality-added",
                    "Locality",
                    chosen.get().getId(),
                    null,
                    Map.of("moderator", name, "locality", chosen.get().getSlug()),
                    null);
        }
        return Response.seeOther(URI.create("/console/localities?done=added")).build();
    }

    @POST
    @Path("/unassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response unassign(@RestForm String username, @RestForm String locality) {
        Optional<Locality> chosen = localities.findBySlug(locality == null ? "" : locality);
        if (chosen.isPresent() && username != null) {
            int removed = entityManager
                    .createNativeQuery("delete from moderator_locality where username = ?1 and locality_id = ?2")
                    .setParameter(1, username)
                    .setParameter(2, chosen.get().getId())
                    .executeUpdate();
            if (removed > 0) {
                auditLog.record(
                        staff.username(),
                        "moderator.locality-removed",
                        "Locality",
                        chosen.get().getId(),
                        Map.of("moderator", username, "locality", chosen.get().getSlug()),
                        null,
                        null);
            }
        }
        return Response.seeOther(URI.create("/console/localities?done=removed")).build();
    }

    @SuppressWarnings("unchecked")
    private TemplateInstance view(String username, String locality, String done, List<FieldError> errors) {
        List<LocalityRow> rows = localities.listAll().stream()
                .sorted(java.util.Comparator.comparing(Locality::getName))
                .map(l -> new LocalityRow(
                        l.getSlug(),
                        l.getName(),
                        l.getLeadProvider(),
                        String.join(", ", l.getOutcodes()),
                        ((Number) entityManager
                                        .createNativeQuery("""
                                select count(*) from listing_locality ll join listing li on li.id = ll.listing_id
                                where ll.locality_id = ?1 and li.status = 'PUBLISHED'""")
                                        .setParameter(1, l.getId())
                                        .getSingleResult())
                                .longValue(),
                        entityManager
                                .createNativeQuery(
                                        "select username from moderator_locality where locality_id = ?1 order by username",
                                        String.class)
                                .setParameter(1, l.getId())
                                .getResultList()))
                .toList();
        return Templates.localities(new LocalitiesView(rows, username, locality, done, errors));
    }
}
