package org.healthdirectory.professional;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * What listing pages show to signed-in health professionals ({inject:professional...}): how to refer,
 * a professional contact, capacity and checks. Anonymous visitors and other roles see none of it.
 */
@RequestScoped
@Named("professional")
public class ProfessionalAccess {

    static final String ROLE = "professional";

    /** What only professionals see; the organisation's checks are shown from the vetting records. */
    public record Details(
            String referral, String contact, String capacity, boolean takingNewPeople, String leadProvider) {}

    private final SecurityIdentity identity;
    private final EntityManager entityManager;

    ProfessionalAccess(SecurityIdentity identity, EntityManager entityManager) {
        this.identity = identity;
        this.entityManager = entityManager;
    }

    public boolean signedIn() {
        return !identity.isAnonymous() && identity.hasRole(ROLE);
    }

    /** The professional details of a listing, or null when the visitor is not a signed-in professional. */
    @SuppressWarnings("unchecked")
    public Details details(UUID listingId) {
        if (!signedIn()) {
            return null;
        }
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select l.referral_details, l.professional_contact, l.capacity_note, l.taking_new_people,
                       (select string_agg(distinct loc.lead_provider, ', ') from listing_locality ll
                        join locality loc on loc.id = ll.locality_id where ll.listing_id = l.id)
                from listing l where l.id = ?1""", Object[].class)
                .setParameter(1, listingId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Details((String) r[0], (String) r[1], (String) r[2], (Boolean) r[3], (String) r[4]))
                .orElse(null);
    }
}
