package org.healthdirectory.web;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one rate limiter: hourly budgets per email address, IP address or any other key, for everything
 * that sends mail or writes what the public can flood (problem reports, searches that found nothing).
 *
 * <p>Each budget is a counter row per key and clock hour, raised by one conditional upsert
 * ({@code insert ... on conflict do update ... where hits < limit}). PostgreSQL locks the row for the
 * upsert, so twenty requests sent together get exactly the budget through, never more. Keys are kept
 * only as keyed hashes, and rows go after a day. A request needing several budgets (address and IP)
 * spends all of them or none.
 */
@ApplicationScoped
public class RateLimiter {

    /** One budget: a key (already scoped, e.g. "mail-ip|203.0.113.9") and how many uses an hour. */
    public record Budget(String key, int perHour) {

        /** An email address, case and plus-address folded: a+x@B.org counts as a@b.org. */
        public static Budget address(String scope, String email, int perHour) {
            return new Budget(scope + "|" + foldAddress(email), perHour);
        }

        public static Budget ip(String scope, String ip, int perHour) {
            return new Budget(scope + "|" + orUnknown(ip), perHour);
        }

        /** An address asked for from one IP address: a stranger spends their own budget, not the owner's. */
        public static Budget addressFrom(String scope, String email, String ip, int perHour) {
            return new Budget(scope + "|" + foldAddress(email) + "|" + orUnknown(ip), perHour);
        }

        private static String orUnknown(String ip) {
            return ip == null || ip.isBlank() ? "unknown" : ip;
        }
    }

    private final EntityManager entityManager;
    private final DirectoryConfig config;
    private final Clock clock;

    RateLimiter(EntityManager entityManager, DirectoryConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** Spends one use of every budget and says yes, or spends none and says no if any is used up. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allow(Budget... budgets) {
        Timestamp window = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.HOURS));
        List<String> spent = new ArrayList<>();
        for (Budget budget : budgets) {
            String key = Hashing.hmacSha256(config.mail().hashKey(), budget.key());
            boolean within = !entityManager
                    .createNativeQuery("""
                    insert into rate_limit (key_hash, window_start, hits) values (?1, ?2, 1)
                    on conflict (key_hash, window_start)
                    do update set hits = rate_limit.hits + 1 where rate_limit.hits < ?3
                    returning hits""")
                    .setParameter(1, key)
                    .setParameter(2, window)
                    .setParameter(3, budget.perHour())
                    .getResultList()
                    .isEmpty();
            if (!within || budget.perHour() < 1) {
                spent.forEach(k -> giveBack(k, window));
                if (within) {
                    giveBack(key, window);
                }
                return false;
            }
            spent.add(key);
        }
        return true;
    }

    private void giveBack(String key, Timestamp window) {
        entityManager
                .createNativeQuery("update rate_limit set hits = hits - 1 where key_hash = ?1 and window_start = ?2")
                .setParameter(1, key)
                .setParameter(2, window)
                .executeUpdate();
    }

    @Scheduled(skipExecutionIf = Scheduled.ApplicationNotRunning.class, every = "1h", delayed = "5m")
    @Transactional
    void forgetOldWindows() {
        Instant dayAgo = clock.instant().minus(Duration.ofDays(1));
        entityManager
                .createNativeQuery("delete from rate_limit where window_start < ?1")
                .setParameter(1, Timestamp.from(dayAgo))
                .executeUpdate();
    }

    /** Lower case, and the "+tag" of the local part dropped: one mailbox, one budget. */
    static String foldAddress(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return address;
        }
        String local = address.substring(0, at);
        int plus = local.indexOf('+');
        return (plus > 0 ? local.substring(0, plus) : local) + address.substring(at);
    }
}
