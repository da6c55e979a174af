package org.healthdirectory.registration;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.healthdirectory.web.DirectoryConfig;

/**
 * Rate limits on everything that sends mail, per email address and per IP address, counted in the
 * database so they hold across restarts and app instances. Addresses are kept only as keyed hashes.
 */
@ApplicationScoped
public class MailRequests {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final EntityManager entityManager;
    private final DirectoryConfig config;
    private final Clock clock;

    MailRequests(EntityManager entityManager, DirectoryConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** Records the request and says whether it is within the limits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allow(String purpose, String email, String ip) {
        Instant now = clock.instant();
        String emailHash = keyedHash(email.trim().toLowerCase(Locale.ROOT));
        String ipHash = keyedHash(ip == null ? "unknown" : ip);
        long byEmail = count("email_hash", emailHash, now.minus(WINDOW));
        long byIp = count("ip_hash", ipHash, now.minus(WINDOW));
        if (byEmail >= config.mail().perEmailPerHour() || byIp >= config.mail().perIpPerHour()) {
            return false;
        }
        entityManager
                .createNativeQuery("""
                insert into mail_request (id, requested_at, purpose, email_hash, ip_hash) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, now)
                .setParameter(3, purpose)
                .setParameter(4, emailHash)
                .setParameter(5, ipHash)
                .executeUpdate();
        return true;
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOldRequests() {
        entityManager
                .createNativeQuery("delete from mail_request where requested_at < ?1")
                .setParameter(1, clock.instant().minus(Duration.ofDays(1)))
                .executeUpdate();
    }

    private long count(String column, String hash, Instant since) {
        return ((Number) entityManager
                        .createNativeQuery(
                                "select count(*) from mail_request where " + column + " = ?1 and requested_at > ?2")
                        .setParameter(1, hash)
                        .setParameter(2, since)
                        .getSingleResult())
                .longValue();
    }

    private String keyedHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.mail().hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
