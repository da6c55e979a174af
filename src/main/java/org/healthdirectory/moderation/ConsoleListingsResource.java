package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.audit.AuditEvent;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.listing.PausedReason;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestForm;

/** Every entry, whatever its status, for moderators: find one, see its history, suspend or unpublish it. */
@Path("/console/listings")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class ConsoleListingsResource {

    static final int PAGE_SIZE = 50;

    public record Row(UUID id, String name, String organisation, String status, String lastConfirmed) {}

    public record ListView(String q, List<QueueResource.Option> statuses, List<Row> rows, long total) {}

    public record ListingView(
            Listing listing,
            String status,
            List<AuditEvent> history,
            String reason,
            String done,
            List<FieldError> errors) {

        /** Suspended by a moderator, or hidden because nobody confirmed it. */
        public boolean canReinstate() {
            return listing.isSuspended() || listing.getPausedReason() == PausedReason.OUT_OF_DATE;
        }

        public String errorFor(String field) {
            return FieldError.messageFor(errors, field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance listings(ListView view);

        static native TemplateInstance listing(ListingView view);
    }

    private final ListingRepository listings;
    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final Decisions decisions;
    private final StaffScope staff;

    ConsoleListingsResource(
            ListingRepository listings,
            EntityManager entityManager,
            AuditLog auditLog,
            Decisions decisions,
            StaffScope staff) {
        this.listings = listings;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.decisions = decisions;
        this.staff = staff;
    }

    @GET
    @Transactional
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status) {
        ListingStatus chosen = Arrays.stream(ListingStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        String words = q == null ? "" : q.strip();
        // Filtered, scoped and cut to a page in the database: there can be many thousands of entries.
        String where = """
                where (:status is null or l.status = :status)
                  and (:words = '' or lower(l.name) like :pattern or lower(o.name) like :pattern)
                  and (:everywhere = true or exists (select 1 from l.localities loc where loc.id in :scope))""";
        Set<UUID> scope = staff.localityIds();
        long total = bind(
                        entityManager.createQuery(
                                "select count(l) from Listing l join l.organisation o " + where, Long.class),
                        chosen,
                        words,
                        scope)
                .getSingleResult();
        List<Row> rows = bind(
                        entityManager.createQuery(
                                "select l from Listing l join fetch l.organisation o " + where + " order by l.name",
                                Listing.class),
                        chosen,
                        words,
                        scope)
                .setMaxResults(PAGE_SIZE)
                .getResultList()
                .stream()
                .map(l -> new Row(
                        l.getId(),
                        l.getName(),
                        l.getOrganisation().getName(),
                        label(l),
                        l.getLastConfirmedAt().toString().substring(0, 10)))
                .toList();
        return Templates.listings(new ListView(
                words,
                Arrays.stream(ListingStatus.values())
                        .map(s -> new QueueResource.Option(s.name(), label(s), s == chosen))
                        .toList(),
                rows,
                total));
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, ListingStatus status, String words, Set<UUID> scope) {
        return query.setParameter("status", status)
                .setParameter("words", words)
                .setParameter("pattern", "%" + words.toLowerCase().replace("%", "") + "%")
                .setParameter("everywhere", scope.isEmpty())
                // "in" needs at least one value; an unused one when the moderator sees everywhere.
                .setParameter("scope", scope.isEmpty() ? Set.of(new UUID(0, 0)) : scope);
    }

    @GET
    @Path("/{id}")
    @Transactional
    public String listing(@PathParam("id") String id, @QueryParam("done") String done) {
        return view(id, "", doneMessage(done), List.of());
    }

    @POST
    @Path("/{id}/{action: suspend|unpublish|reinstate}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") String id, @PathParam("action") String action, @RestForm String reason) {
        String text = reason == null ? "" : reason.strip();
        UUID listingId = QueueResource.uuid(id);
        if (!action.equals("reinstate") && text.isEmpty()) {
            return Response.status(400)
                    .entity(view(
                            id, text, null, List.of(new FieldError("reason", "Say why. The provider will see this."))))
                    .build();
        }
        if (text.length() > 2000) {
            return Response.status(400)
                    .entity(view(
                            id,
                            text,
                            null,
                            List.of(new FieldError("reason", "The reason must be 2,000 characters or fewer"))))
                    .build();
        }
        try {
            switch (action) {
                case "suspend" -> decisions.suspend(listingId, staff.current(), text);
                case "unpublish" -> decisions.unpublish(listingId, staff.current(), text);
                default -> decisions.reinstate(listingId, staff.current(), text);
            }
        } catch (DecisionRefused e) {
            return Response.status(409)
                    .entity(view(id, text, null, List.of(new FieldError("reason", e.getMessage()))))
                    .build();
        }
        return Response.seeOther(URI.create("/console/listings/" + listingId + "?done=" + action))
                .build();
    }

    /** Rendered inside the transaction: the page shows the entry itself, loaded lazily. */
    @Transactional
    String view(String id, String reason, String done, List<FieldError> errors) {
        Listing listing = listings.findByIdOptional(QueueResource.uuid(id)).orElseThrow(NotFoundException::new);
        if (!staff.covers(listing)) {
            throw new NotFoundException();
        }
        return Templates.listing(new ListingView(
                        listing, label(listing), auditLog.newestForSubject(listing.getId(), 100), reason, done, errors))
                .render();
    }

    private static String label(Listing listing) {
        if (listing.isSuspended()) {
            return "Suspended";
        }
        return listing.getPausedReason() == PausedReason.OUT_OF_DATE
                ? "Hidden: not confirmed for a long time"
                : label(listing.getStatus());
    }

    static String label(ListingStatus status) {
        return switch (status) {
            case DRAFT -> "Draft (email not confirmed)";
            case PENDING -> "Waiting for a check";
            case PUBLISHED -> "Published";
            case CHANGES_REQUESTED -> "Changes requested";
            case PAUSED -> "Paused";
            case ARCHIVED -> "Removed";
        };
    }

    private static String doneMessage(String done) {
        return done == null
                ? null
                : switch (done) {
                    case "suspend" -> "Suspended. It is off the site and we are emailing the provider.";
                    case "unpublish" -> "Unpublished. We are emailing the provider to ask them to change it.";
                    case "reinstate" -> "Put back on the site.";
                    default -> null;
                };
    }
}
