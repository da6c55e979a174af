package org.healthdirectory.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Provider sign-in without a password: a used sign-in link becomes a short session (2 hours) held
 * in a cookie. The cookie's secret is random; the database keeps only its hash.
 */
@ApplicationScoped
public class ProviderSessions {

    public static final String COOKIE = "provider-session";
    static final Duration LIFETIME = Duration.ofHours(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager entityManager;
    private final Clock clock;

    ProviderSessions(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Starts a session for this email; returns the secret for the cookie. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String start(String email) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entityManager
                .createNativeQuery("""
                insert into provider_session (id, token_hash, email, created_at, expires_at) values (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, EmailLinks.hash(secret))
                .setParameter(3, email)
                .setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, Timestamp.from(clock.instant().plus(LIFETIME)))
                .executeUpdate();
        return secret;
    }

    /** The signed-in email for a cookie secret, if the session exists and has not expired. */
    @Transactional
    public Optional<String> email(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> found = entityManager
                .createNativeQuery("select email from provider_session where token_hash = ?1 and expires_at > ?2")
                .setParameter(1, EmailLinks.hash(secret))
                .setParameter(2, Timestamp.from(clock.instant()))
                .getResultList();
        return found.stream().findFirst();
    }

    @Transactional
    public void end(String secret) {
        if (secret != null) {
            entityManager
                    .createNativeQuery("delete from provider_session where token_hash = ?1")
                    .setParameter(1, EmailLinks.hash(secret))
                    .executeUpdate();
        }
    }
}
