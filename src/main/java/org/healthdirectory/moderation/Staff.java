package org.healthdirectory.moderation;

import jakarta.ws.rs.ForbiddenException;
import java.util.Set;
import java.util.UUID;
import org.healthdirectory.listing.Listing;

/** A member of staff making decisions, and the localities they look after (empty: all of them). */
public record Staff(String username, Set<UUID> localityIds) {

    public boolean covers(Listing listing) {
        return covers(localityIds, listing);
    }

    /** The one scope rule: no localities means all of them; otherwise the entry must be in one. */
    static boolean covers(Set<UUID> localityIds, Listing listing) {
        return localityIds.isEmpty() || listing.getLocalities().stream().anyMatch(l -> localityIds.contains(l.getId()));
    }

    /** Refuses an action on an entry outside this moderator's localities. */
    public void check(Listing listing) {
        if (!covers(listing)) {
            throw new ForbiddenException("This entry is not in your localities");
        }
    }
}
