package org.healthdirectory.signposting;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The hourly limit on sheets sent per IP address (as registration/MailRequests does for mail), so the
 * form cannot be used to flood someone. Keeps only a keyed hash of the IP, never the recipient.
 */
@ApplicationScoped
public class SendLimit {

    enum Channel {
        EMAIL,
        TEXT
    }

    private static final Duration WINDOW = Duration.ofHours(1);

    private final EntityManager entityManager;
    private final DirectoryConfig config;
    private final Clock clock;

    SendLimit(EntityManager entityManager, DirectoryConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** Records the send and says whether it is within the limit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allow(Channel channel, String ip) {
        Instant now = clock.instant();
        String ipHash = keyedHash(ip == null ? "unknown" : ip);
        long recent = ((Number) entityManager
                        .createNativeQuery("select count(*) from sheet_send where ip_hash = ?1 and sent_at > ?2")
                        .setParameter(1, ipHash)
                        .setParameter(2, now.minus(WINDOW))
                        .getSingleResult())
                .longValue();
        if (recent >= config.signposting().sendsPerIpPerHour()) {
            return false;
        }
        entityManager
                .createNativeQuery("insert into sheet_send (id, sent_at, channel, ip_hash) values (?1, ?2, ?3, ?4)")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, now)
                .setParameter(3, channel.name())
                .setParameter(4, ipHash)
                .executeUpdate();
        return true;
    }

    @Scheduled(every = "1h", delayed = "5m")
    @Transactional
    void forgetOldSends() {
        entityManager
                .createNativeQuery("delete from sheet_send where sent_at < ?1")
                .setParameter(1, clock.instant().minus(Duration.ofDays(1)))
                .executeUpdate();
    }

    private String keyedHash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.mail().hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
