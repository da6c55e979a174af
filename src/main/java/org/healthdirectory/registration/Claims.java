package org.healthdirectory.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.moderation.Revision;
import org.healthdirectory.moderation.RevisionRepository;
import org.healthdirectory.notification.OutgoingMail;
import org.healthdirectory.web.DirectoryConfig;

/**
 * "Is this your group?": someone proves they own an email address, then the moderators decide
 * whether that address may manage the listing. Nothing changes until they approve.
 */
@ApplicationScoped
public class Claims {

    private final EmailLinks links;
    private final MailRequests mailRequests;
    private final RevisionRepository revisions;
    private final AuditLog auditLog;
    private final Event<OutgoingMail> mail;
    private final DirectoryConfig config;
    private final Clock clock;

    Claims(
            EmailLinks links,
            MailRequests mailRequests,
            RevisionRepository revisions,
            AuditLog auditLog,
            Event<OutgoingMail> mail,
            DirectoryConfig config,
            Clock clock) {
        this.links = links;
        this.mailRequests = mailRequests;
        this.revisions = revisions;
        this.auditLog = auditLog;
        this.mail = mail;
        this.config = config;
        this.clock = clock;
    }

    /** Sends the verification link. False when the mail rate limit is reached. */
    @Transactional
    public boolean request(Listing listing, String email, String role, String ip) {
        if (!mailRequests.allow("claim", email, ip)) {
            return false;
        }
        EmailLinks.Issued link = links.issue(
                EmailLink.Purpose.CLAIM, email.trim(), listing, config.mail().linkLifetime());
        link.link().setDetail(role == null || role.isBlank() ? null : role.trim());
        mail.fire(new OutgoingMail(email.trim(), "Confirm you run " + listing.getName(), """
                Hello,

                You asked to manage "%s" in the directory.

                Please confirm your email address by opening this link:

                %s/claims/verify?token=%s

                The link works once and stops working after %d hours. Then someone from the directory team
                will check with you and let you know.

                If you did not ask for this, you can ignore this email.
                """.formatted(
                        listing.getName(),
                        config.baseUrl(),
                        link.secret(),
                        config.mail().linkLifetime().toHours())));
        return true;
    }

    @Transactional
    public boolean isUsable(String secret) {
        return links.findUsable(secret, EmailLink.Purpose.CLAIM).isPresent();
    }

    /** Uses the link and puts a CLAIM in the moderation queue. Empty if the link is not usable. */
    @Transactional
    public Optional<Listing> verify(String secret) {
        return links.findUsable(secret, EmailLink.Purpose.CLAIM).map(link -> {
            links.use(link);
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
}
