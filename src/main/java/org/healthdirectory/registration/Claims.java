package org.healthdirectory.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.web.DirectoryConfig;

/**
 * "Is this your group?": someone proves they own an email address, then the moderators decide
 * whether that address may manage the listing. Nothing changes until they approve.
 */
@ApplicationScoped
public class Claims {

    /** A published entry someone may claim. */
    public record Claimable(UUID id, String name) {}

    private final ListingRepository listings;
    private final EmailLinks links;
    private final MailRequests mailRequests;
    private final RevisionRepository revisions;
    private final AuditLog auditLog;
    private final MailOutbox outbox;
    private final DirectoryConfig config;
    private final Clock clock;

    Claims(
            ListingRepository listings,
            EmailLinks links,
            MailRequests mailRequests,
            RevisionRepository revisions,
            AuditLog auditLog,
            MailOutbox outbox,
            DirectoryConfig config,
            Clock clock) {
        this.listings = listings;
        this.links = links;
        this.mailRequests = mailRequests;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The published entry with this id; any other is not found. */
    @Transactional
    public Claimable claimable(String listingId) {
        Listing listing = published(listingId);
        return new Claimable(listing.getId(), listing.getName());
    }

    /**
     * Queues the verification link for a published entry (any other is not found); returns the receipt,
     * or empty when the mail limits are reached.
     */
    @Transactional
    public Optional<UUID> request(String listingId, String email, String role, String ip) {
        Listing listing = published(listingId);
        String address = email.trim();
        if (!mailRequests.allow(address, ip)) {
            return Optional.empty();
        }
        EmailLinks.Issued link = links.issue(
                EmailLink.Purpose.CLAIM, address, listing, config.mail().linkLifetime());
        link.link().setDetail(role == null || role.isBlank() ? null : role.trim());
        return Optional.of(outbox.queue(
                "claim",
                RegistrationMail.claim(
                        address,
                        listing.getName(),
                        config.baseUrl(),
                        link.secret(),
                        config.mail().linkLifetime())));
    }

    @Transactional
    public boolean isUsable(String secret) {
        return links.findUsable(secret, EmailLink.Purpose.CLAIM).isPresent();
    }

    /** Uses the link and puts one CLAIM in the moderation queue. Empty if the link is not usable (or just used). */
    @Transactional
    public Optional<Listing> verify(String secret) {
        return links.redeem(secret, EmailLink.Purpose.CLAIM).map(link -> {
            Listing listing = link.getListing();
            revisions.persist(Revision.claim(listing, link.getEmail(), link.getDetail(), clock.instant()));
            Map<String, Object> proposed = new LinkedHashMap<>();
            proposed.put("contactEmail", link.getEmail());
            if (link.getDetail() != null) {
                proposed.put("role", link.getDetail());
            }
            auditLog.record(link.getEmail(), "listing.claimed", "Listing", listing.getId(), null, proposed, null);
            return listing;
        });
    }

    private Listing published(String id) {
        return listings.findPublished(id).orElseThrow(NotFoundException::new);
    }
}
