package org.healthdirectory.freshness;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.web.DirectoryConfig;
import org.jboss.logging.Logger;

/**
 * Keeps entries current. Once a day it finds published listings nobody has confirmed for a while and
 * takes the next step: a "still correct?" email at each reminder threshold (6, 9 and 11 months), and at
 * the hide threshold (13 months) it pauses the listing (out of search, into the moderators' queue) and
 * tells the provider how to bring it back. The "may be out of date" warning and the lower search rank
 * at 12 months need no job: the page and search work them out from the date (see {@link Staleness}).
 *
 * <p>Each step happens at most once per threshold per confirmation period, even across restarts and with
 * several app instances running the job at the same time: see {@link #takeStep}.
 *
 * <p>An organisation gets one email per threshold listing all its entries due, each with its own
 * one-click "still correct" link, not one email per entry. A run sends at most
 * {@code directory.freshness.emails-per-run} emails; organisations left over are taken the next day.
 */
@ApplicationScoped
public class FreshnessJob {

    /** What one run did. */
    public record Outcome(int reminders, int hidden) {}

    private record Due(UUID listing, UUID organisation, Instant lastConfirmed, Set<Integer> done) {}

    /** The entries of one organisation that reached the same threshold: one email. */
    private record Batch(UUID organisation, int months) {}

    private static final Logger LOG = Logger.getLogger(FreshnessJob.class);

    private final EntityManager entityManager;
    private final ListingRepository listings;
    private final ManageEntries manage;
    private final AuditLog auditLog;
    private final MailOutbox outbox;
    private final FreshnessMail texts;
    private final DirectoryConfig.Freshness rules;
    private final Clock clock;

    FreshnessJob(
            EntityManager entityManager,
            ListingRepository listings,
            ManageEntries manage,
            AuditLog auditLog,
            MailOutbox outbox,
            FreshnessMail texts,
            DirectoryConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.listings = listings;
        this.manage = manage;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.texts = texts;
        this.rules = config.freshness();
        this.clock = clock;
    }

    public Outcome run() {
        LocalDate today = LocalDate.now(clock.withZone(UkTime.ZONE));
        Map<Batch, List<UUID>> batches = new LinkedHashMap<>();
        for (Due due : QuarkusTransaction.requiringNew().call(() -> candidates(today))) {
            stepFor(due.lastConfirmed(), today)
                    .filter(m -> !due.done().contains(m))
                    .ifPresent(m -> batches.computeIfAbsent(new Batch(due.organisation(), m), b -> new ArrayList<>())
                            .add(due.listing()));
        }
        int reminders = 0;
        int hidden = 0;
        int emails = 0;
        for (Map.Entry<Batch, List<UUID>> batch : batches.entrySet()) {
            if (emails >= rules.emailsPerRun()) {
                LOG.infof("Freshness: %d emails sent, the rest wait for the next run", emails);
                break;
            }
            // One transaction per organisation and threshold: its steps are recorded and its one email
            // goes out together, and one organisation's problem does not hold up the rest.
            int months = batch.getKey().months();
            int taken = QuarkusTransaction.requiringNew()
                    .call(() -> takeSteps(batch.getKey().organisation(), batch.getValue(), months, today));
            if (taken > 0) {
                emails++;
                if (months == rules.hideMonths()) {
                    hidden += taken;
                } else {
                    reminders += taken;
                }
            }
        }
        if (reminders + hidden > 0) {
            LOG.infof("Freshness: %d reminders sent, %d listings hidden as out of date", reminders, hidden);
        }
        return new Outcome(reminders, hidden);
    }

    /**
     * Takes one threshold's step for several entries of one organisation, then sends them one email.
     * Returns how many entries it acted on: entries already handled (by another instance too) or
     * confirmed in the meantime are left out.
     */
    int takeSteps(UUID organisation, List<UUID> ids, int months, LocalDate today) {
        // Two instances run the job at the same moment (07:00 on each). Without this they could split an
        // organisation's entries between them, one email each (seen in the scale-out drill); with it the
        // second waits, then finds every entry already done and sends nothing.
        entityManager
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) as step_lock")
                .setParameter(1, "freshness:" + organisation + ":" + months)
                .getSingleResult();
        List<Listing> taken = new ArrayList<>();
        for (UUID id : ids) {
            takeStep(id, months, today).ifPresent(taken::add);
        }
        String to = taken.isEmpty() ? null : taken.get(0).getOrganisation().getContactEmail();
        if (to != null) { // without an address the moderators chase it from their queue
            List<FreshnessMail.Entry> entries = taken.stream()
                    .map(l -> new FreshnessMail.Entry(l, manage.reminderLinks(l)))
                    .toList();
            boolean hide = months == rules.hideMonths();
            outbox.queue(
                    hide ? "freshness-hidden" : "freshness-reminder",
                    hide ? texts.hidden(to, entries) : texts.reminder(to, entries, months));
        }
        return taken.size();
    }

    /**
     * The step due on {@code today}: the highest threshold reached. A listing that is already past
     * several thresholds (say, after the job was off for a while) gets one email, not a pile of them.
     */
    Optional<Integer> stepFor(Instant lastConfirmed, LocalDate today) {
        if (Staleness.reached(lastConfirmed, today, rules.hideMonths())) {
            return Optional.of(rules.hideMonths());
        }
        return rules.reminderMonths().stream()
                .filter(m -> Staleness.reached(lastConfirmed, today, m))
                .max(Integer::compare);
    }

    /** Published listings past the first threshold, with the steps already taken in their current period. */
    List<Due> candidates(LocalDate today) {
        int first = rules.reminderMonths().stream().min(Integer::compare).orElse(rules.hideMonths());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery("""
                select l.id, l.organisation_id, l.last_confirmed_at, string_agg(r.threshold_months::text, ',')
                from listing l left join freshness_reminder r
                  on r.listing_id = l.id and r.confirmed_at = l.last_confirmed_at
                where l.status = 'PUBLISHED' and l.last_confirmed_at < ?1
                group by l.id, l.organisation_id, l.last_confirmed_at
                order by l.organisation_id, l.last_confirmed_at""")
                .setParameter(1, Timestamp.from(Staleness.freshSince(today, first)))
                .getResultList();
        return rows.stream()
                .map(row -> new Due(
                        (UUID) row[0],
                        (UUID) row[1],
                        toInstant(row[2]),
                        row[3] == null
                                ? Set.of()
                                : Arrays.stream(((String) row[3]).split(","))
                                        .map(Integer::valueOf)
                                        .collect(Collectors.toSet())))
                .toList();
    }

    /**
     * Takes the given step for one listing, inside the caller's transaction; returns the listing if it did.
     * Two guards make it happen once:
     * <ul>
     * <li>{@code for update skip locked}: if another instance is working on this listing right now, leave
     * it to that one instead of waiting for it and then doing the same again;</li>
     * <li>the unique key on freshness_reminder, inserted with {@code on conflict do nothing} in the same
     * transaction that fires the email: if the step was already recorded (by an earlier run, before a
     * restart, or by another instance that committed first) the insert changes nothing and we stop. The
     * key alone is enough for correctness; the row lock only saves the duplicate work.</li>
     * </ul>
     * The organisation's email is queued in the mail outbox in the same transaction as the steps, so it
     * goes if and only if they are recorded.
     */
    Optional<Listing> takeStep(UUID id, int months, LocalDate today) {
        List<?> locked = entityManager
                .createNativeQuery(
                        "select id from listing where id = ?1 and status = 'PUBLISHED' for update skip locked")
                .setParameter(1, id)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        Listing listing = listings.findById(id);
        if (stepFor(listing.getLastConfirmedAt(), today).orElse(0) != months || !record(listing, months)) {
            return Optional.empty();
        }
        if (months == rules.hideMonths()) {
            listing.pauseAsOutOfDate(clock.instant());
            auditLog.record(
                    "system",
                    "listing.hidden-out-of-date",
                    "Listing",
                    id,
                    Map.of("status", "PUBLISHED"),
                    Map.of("status", "PAUSED", "pausedReason", "OUT_OF_DATE"),
                    "not confirmed for " + months + " months");
        }
        return Optional.of(listing);
    }

    private boolean record(Listing listing, int months) {
        return entityManager
                        .createNativeQuery("""
                insert into freshness_reminder (listing_id, threshold_months, confirmed_at, sent_at)
                values (?1, ?2, ?3, ?4) on conflict do nothing""")
                        .setParameter(1, listing.getId())
                        .setParameter(2, months)
                        .setParameter(3, Timestamp.from(listing.getLastConfirmedAt()))
                        .setParameter(4, Timestamp.from(clock.instant()))
                        .executeUpdate()
                == 1;
    }

    private static Instant toInstant(Object value) {
        return value instanceof Timestamp t
                ? t.toInstant()
                : value instanceof Instant i ? i : ((java.time.OffsetDateTime) value).toInstant();
    }
}
