package org.healthdirectory.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.web.Hashing;

/** Issues and redeems one-time email links. The secret goes in the email; the database keeps its hash. */
@ApplicationScoped
public class EmailLinks implements PanacheRepositoryBase<EmailLink, UUID> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;

    EmailLinks(Clock clock) {
        this.clock = clock;
    }

    /** An issued link: the entity and the secret to put in the email (never stored). */
    public record Issued(EmailLink link, String secret) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Issued issue(EmailLink.Purpose purpose, String email, Listing listing, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        EmailLink link = new EmailLink(
                UUID.randomUUID(),
                hash(secret),
                purpose,
                email,
                listing,
                clock.instant(),
                clock.instant().plus(lifetime));
        persist(link);
        return new Issued(link, secret);
    }

    /** The link for this secret and purpose, if it exists, is unused and has not expired. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EmailLink> findUsable(String secret, EmailLink.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return find("tokenHash = ?1 and purpose = ?2", hash(secret), purpose)
                .firstResultOptional()
                .filter(link -> link.isUsable(clock.instant()));
    }

    /**
     * Uses the link up, once: a conditional update that only one transaction can make. Two requests
     * with the same link at the same moment both find it usable, but the second waits for the first
     * one's row lock and then matches nothing. False for the loser, which must then change nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean redeem(EmailLink link) {
        return update("usedAt = ?1 where id = ?2 and usedAt is null and expiresAt > ?1", clock.instant(), link.getId())
                == 1;
    }

    /** The usable link for this secret and purpose, used up; empty if unknown, used, expired or just taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<EmailLink> redeem(String secret, EmailLink.Purpose purpose) {
        return findUsable(secret, purpose).filter(this::redeem);
    }

    static String hash(String secret) {
        return Hashing.sha256(secret);
    }
}
