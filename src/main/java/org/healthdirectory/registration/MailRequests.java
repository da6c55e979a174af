package org.healthdirectory.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.web.DirectoryConfig;
import org.healthdirectory.web.RateLimiter;
import org.healthdirectory.web.RateLimiter.Budget;

/**
 * The limits on everything anyone can ask us to email (registration, sign-in and claim links, and
 * "send it again"): per address and IP address, per address, and per IP address, with case and
 * plus-addresses folded.
 */
@ApplicationScoped
public class MailRequests {

    private final RateLimiter limiter;
    private final MailOutbox outbox;
    private final DirectoryConfig.Mail limits;

    MailRequests(RateLimiter limiter, MailOutbox outbox, DirectoryConfig config) {
        this.limiter = limiter;
        this.outbox = outbox;
        this.limits = config.mail();
    }

    /**
     * Spends one email from the hourly budgets of this address asked for from this IP, this address from
     * everywhere, and this IP; false if any is used up. The first is the one people meet: someone else
     * asking for links to a provider's address does not stop the provider asking from their own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean allow(String email, String ip) {
        return limiter.allow(
                Budget.addressFrom("mail-to-from", email, ip, limits.perEmailPerHour()),
                Budget.address("mail-to", email, limits.perEmailAllIpsPerHour()),
                Budget.ip("mail-ip", ip, limits.perIpPerHour()));
    }

    /**
     * Queues the same email again (the same link), within the same limits; returns the new receipt,
     * or empty when the limits are reached. An unknown receipt (say, from a sign-in for an address we
     * do not know) answers like a known one, so the page tells nobody which addresses exist.
     */
    @Transactional
    public Optional<UUID> sendAgain(UUID receipt, String ip) {
        Optional<String> to = outbox.recipientOf(receipt);
        boolean allowed =
                to.isPresent() ? allow(to.get(), ip) : limiter.allow(Budget.ip("mail-ip", ip, limits.perIpPerHour()));
        if (!allowed) {
            return Optional.empty();
        }
        return Optional.of(outbox.queueCopy(receipt).orElseGet(UUID::randomUUID));
    }
}
