package org.healthdirectory.moderation;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.listing.Listing;

/**
 * The signed-in member of staff for this request. Admins see everything; a moderator with localities
 * assigned (see LocalitiesResource) sees only entries in those; a moderator with none assigned sees all.
 */
@RequestScoped
@Named("staff")
public class StaffScope {

    private final SecurityIdentity identity;
    private final EntityManager entityManager;
    private Staff current;

    StaffScope(SecurityIdentity identity, EntityManager entityManager) {
        this.identity = identity;
        this.entityManager = entityManager;
    }

    public Staff current() {
        if (current == null) {
            String username = identity.getPrincipal().getName();
            Set<UUID> localities = identity.hasRole("admin") ? Set.of() : new HashSet<>(assignedTo(username));
            current = new Staff(username, Set.copyOf(localities));
        }
        return current;
    }

    /** For the console menu: admin-only pages are shown to admins only. */
    public boolean isAdmin() {
        return identity.hasRole("admin");
    }

    public String username() {
        return current().username();
    }

    public Set<UUID> localityIds() {
        return current().localityIds();
    }

    public boolean covers(Listing listing) {
        return current().covers(listing);
    }

    @SuppressWarnings("unchecked")
    private List<UUID> assignedTo(String username) {
        return entityManager
                .createNativeQuery("select locality_id from moderator_locality where username = ?1", UUID.class)
                .setParameter(1, username)
                .getResultList();
    }
}
