package org.healthdirectory.moderation;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;

/** The lead provider's console. Staff sign in through Keycloak; moderators and admins only. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"moderator", "admin"})
public class ConsoleResource {

    public record StatusCount(String status, long count) {
    }

    public record ConsoleView(String staffName, List<String> roles, List<StatusCount> listings, long pendingChanges) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(ConsoleView view);
    }

    private final SecurityIdentity identity;
    private final ListingRepository listings;
    private final RevisionRepository revisions;

    ConsoleResource(SecurityIdentity identity, ListingRepository listings, RevisionRepository revisions) {
        this.identity = identity;
        this.listings = listings;
        this.revisions = revisions;
    }

    @GET
    @Transactional
    public TemplateInstance console() {
        List<StatusCount> counts = Arrays.stream(ListingStatus.values())
                .map(s -> new StatusCount(s.name().charAt(0) + s.name().substring(1).toLowerCase().replace('_', ' '),
                        listings.count("status", s)))
                .toList();
        return Templates.console(new ConsoleView(identity.getPrincipal().getName(),
                identity.getRoles().stream().sorted().toList(), counts,
                revisions.count("status", RevisionStatus.PENDING)));
    }
}
