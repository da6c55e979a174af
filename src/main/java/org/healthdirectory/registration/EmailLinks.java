package org.healthdirectory.registration;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.listing.Listing;

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

    /** Uses the link up: from now on it is refused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void use(EmailLink link) {
        link.use(clock.instant());
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
