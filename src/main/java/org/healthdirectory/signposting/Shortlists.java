package org.healthdirectory.signposting;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.ListingStatus;
import org.healthdirectory.web.Hashing;

/**
 * Anonymous shortlists: listing ids in order, keyed by a random key that lives only in the visitor's
 * cookie. The database keeps a hash of the key, so a copy of the database cannot open anyone's list.
 */
@ApplicationScoped
public class Shortlists {

    static final int MAX_ENTRIES = 20;
    static final Duration KEPT_FOR = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final ListingRepository listings;
    private final Clock clock;

    Shortlists(EntityManager entityManager, ListingRepository listings, Clock clock) {
        this.entityManager = entityManager;
        this.listings = listings;
        this.clock = clock;
    }

    /** Only published entries can be put on a shortlist. */
    @Transactional
    public boolean canAdd(UUID listingId) {
        return listings.count("id = ?1 and status = ?2", listingId, ListingStatus.PUBLISHED) > 0;
    }

    /** A new unguessable key for the cookie. */
    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Transactional
    public Optional<UUID> idFor(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return entityManager
                .createNativeQuery("select id from shortlist where key_hash = ?1", UUID.class)
                .setParameter(1, hash(key))
                .getResultStream()
                .map(UUID.class::cast)
                .findFirst();
    }

    /** The listing ids on the list, in the order the professional chose. */
    @Transactional
    public List<UUID> entries(String key) {
        return idFor(key).map(this::entries).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private List<UUID> entries(UUID shortlistId) {
        return entityManager
                .createNativeQuery(
                        "select listing_id from shortlist_entry where shortlist_id = ?1 order by position, added_at",
                        UUID.class)
                .setParameter(1, shortlistId)
                .getResultList();
    }

    /**
     * Adds a listing at the end; false when the list is already full. Adding twice changes nothing.
     * Holds when adds arrive together (two tabs, a double click): the list is created with
     * {@code on conflict do nothing}, then locked, so adds to one list take turns and the limit of
     * {@link #MAX_ENTRIES} is counted after the lock.
     */
    @Transactional
    public boolean add(String key, UUID listingId) {
        UUID shortlistId = lockOrCreate(key);
        List<UUID> current = entries(shortlistId);
        touch(shortlistId);
        if (current.contains(listingId)) {
            return true;
        }
        if (current.size() >= MAX_ENTRIES) {
            return false;
        }
        entityManager
                .createNativeQuery("""
                insert into shortlist_entry (shortlist_id, listing_id, position, added_at)
                values (?1, ?2, coalesce((select max(position) + 1 from shortlist_entry where shortlist_id = ?1), 0), ?3)
                on conflict do nothing""")
                .setParameter(1, shortlistId)
                .setParameter(2, listingId)
                .setParameter(3, clock.instant())
                .executeUpdate();
        return true;
    }

    @Transactional
    public void remove(String key, UUID listingId) {
        idFor(key).ifPresent(id -> {
            entityManager
                    .createNativeQuery("delete from shortlist_entry where shortlist_id = ?1 and listing_id = ?2")
                    .setParameter(1, id)
                    .setParameter(2, listingId)
                    .executeUpdate();
            touch(id);
        });
    }

    /** Swaps a listing with its neighbour above (up) or below; at either end nothing moves. */
    @Transactional
    public void move(String key, UUID listingId, boolean up) {
        idFor(key).ifPresent(id -> {
            List<UUID> order = new java.util.ArrayList<>(entries(id));
            int from = order.indexOf(listingId);
            int to = up ? from - 1 : from + 1;
            if (from < 0 || to < 0 || to >= order.size()) {
                return;
            }
            java.util.Collections.swap(order, from, to);
            for (int position = 0; position < order.size(); position++) {
                entityManager
                        .createNativeQuery(
                                "update shortlist_entry set position = ?1 where shortlist_id = ?2 and listing_id = ?3")
                        .setParameter(1, position)
                        .setParameter(2, id)
                        .setParameter(3, order.get(position))
                        .executeUpdate();
            }
            touch(id);
        });
    }

    /** Lists nobody has used for 30 days go, with their entries and unsent-text outbox. */
    @Scheduled(skipExecutionIf = Scheduled.ApplicationNotRunning.class, every = "6h", delayed = "10m")
    @Transactional
    void purgeUntouched() {
        entityManager
                .createNativeQuery("delete from shortlist where touched_at < ?1")
                .setParameter(1, clock.instant().minus(KEPT_FOR))
                .executeUpdate();
    }

    /** The list for this key, locked for this transaction; made first if there is none. */
    private UUID lockOrCreate(String key) {
        Instant now = clock.instant();
        entityManager
                .createNativeQuery("""
                insert into shortlist (id, key_hash, created_at, touched_at) values (?1, ?2, ?3, ?3)
                on conflict (key_hash) do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, hash(key))
                .setParameter(3, now)
                .executeUpdate();
        return (UUID) entityManager
                .createNativeQuery("select id from shortlist where key_hash = ?1 for update", UUID.class)
                .setParameter(1, hash(key))
                .getSingleResult();
    }

    private void touch(UUID shortlistId) {
        entityManager
                .createNativeQuery("update shortlist set touched_at = ?1 where id = ?2")
                .setParameter(1, clock.instant())
                .setParameter(2, shortlistId)
                .executeUpdate();
    }

    static String hash(String key) {
        return Hashing.sha256(key);
    }
}
