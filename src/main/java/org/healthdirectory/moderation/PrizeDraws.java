package org.healthdirectory.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.notification.MailOutbox;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The monthly prize draw, the source guide's thank-you for keeping entries up to date. The draw is
 * open to check: entrants sorted by organisation id, winner = entrants[new java.util.Random(seed).nextInt(n)].
 * java.util.Random's algorithm is fixed by its specification, so anyone can repeat the draw.
 */
@ApplicationScoped
public class PrizeDraws {

    /** What a provider does that counts as keeping an entry up to date. */
    static final List<String> ENTRY_ACTIONS =
            List.of("listing.confirmed", "listing.edited", "listing.edit-proposed", "listing.resubmitted");

    static final String METHOD =
            "entrants sorted by organisation id; winner = entrants[new java.util.Random(seed).nextInt(entrants.size())]";

    public record Entrant(UUID id, String name) {}

    /** A draw already run, as the draw page lists it. */
    public record PastDraw(String month, String winnerName, int entrants, long seed, String drawnBy) {}

    /** Who is in a month's draw (none for no month) and the draws already run, read together. */
    public record Board(List<Entrant> entrants, List<PastDraw> past) {}

    /** Advisory lock keys for the draws: this number plus yyyymm. */
    private static final long DRAW_LOCK = 7_300_000_000L;

    private final EntityManager entityManager;
    private final AuditLog auditLog;
    private final MailOutbox outbox;
    private final DirectoryConfig config;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    PrizeDraws(EntityManager entityManager, AuditLog auditLog, MailOutbox outbox, DirectoryConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public List<Entrant> entrants(YearMonth month) {
        return entityManager
                .createQuery("""
                select distinct o.id, o.name from AuditEvent e, Listing l join l.organisation o
                where e.subjectId = l.id and e.action in :actions and e.occurredAt >= :from and e.occurredAt < :to
                order by o.id""", Object[].class)
                .setParameter("actions", ENTRY_ACTIONS)
                .setParameter("from", month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .getResultList()
                .stream()
                .map(row -> new Entrant((UUID) row[0], (String) row[1]))
                .toList();
    }

    @Transactional
    public Board board(YearMonth month) {
        return new Board(month == null ? List.of() : entrants(month), past());
    }

    private List<PastDraw> past() {
        return entityManager
                .createQuery("select d from PrizeDraw d order by d.month desc", PrizeDraw.class)
                .setMaxResults(24)
                .getResultList()
                .stream()
                .map(d -> new PastDraw(
                        YearMonth.from(d.getMonth()).toString(),
                        d.getWinnerName(),
                        d.getEntrants().size(),
                        d.getSeed(),
                        d.getDrawnBy()))
                .toList();
    }

    /** Months that have ended can be drawn, once each. */
    public boolean isOver(YearMonth month) {
        return month.isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)));
    }

    @Transactional
    public PrizeDraw run(YearMonth month, Staff staff) {
        if (!isOver(month)) {
            throw new DecisionRefused("You can only draw a month that has ended.");
        }
        // One draw per month: two moderators drawing at once take turns here, and the second then
        // finds the first one's draw (the month's primary key is the last line of defence).
        entityManager
                .createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) as draw_lock")
                .setParameter(1, DRAW_LOCK + month.getYear() * 100L + month.getMonthValue())
                .getSingleResult();
        PrizeDraw earlier = entityManager.find(PrizeDraw.class, month.atDay(1));
        if (earlier != null) {
            throw new DecisionRefused("The draw for " + month + " was already run by " + earlier.getDrawnBy() + ".");
        }
        List<Entrant> entrants = entrants(month);
        if (entrants.isEmpty()) {
            throw new DecisionRefused(
                    "Nobody confirmed or changed an entry in " + month + ", so there is nobody to draw.");
        }
        long seed = seeds.nextLong();
        Entrant winner = pick(entrants, seed);
        List<Map<String, String>> names = entrants.stream()
                .map(e -> Map.of("id", e.id().toString(), "name", e.name()))
                .toList();
        PrizeDraw draw = new PrizeDraw(
                month.atDay(1), clock.instant(), staff.username(), seed, names, winner.id(), winner.name());
        entityManager.persist(draw);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("month", month.toString());
        after.put("seed", seed);
        after.put("method", METHOD);
        after.put("entrants", names);
        after.put("winner", Map.of("id", winner.id().toString(), "name", winner.name()));
        auditLog.record(staff.username(), "prize-draw.run", "Organisation", winner.id(), null, after, null);
        Organisation organisation = entityManager.find(Organisation.class, winner.id());
        if (organisation.getContactEmail() != null) {
            String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + month.getYear();
            outbox.queue(
                    "prize-draw",
                    ModerationMail.mail(
                            organisation.getContactEmail(),
                            "You have won this month's prize draw",
                            ModerationMail.Templates.prizeWon(winner.name(), monthName, config.serviceName())));
        }
        return draw;
    }

    /** The draw itself, kept separate so a test (or anyone) can repeat it from the recorded seed. */
    static Entrant pick(List<Entrant> entrantsInOrder, long seed) {
        return entrantsInOrder.get(new Random(seed).nextInt(entrantsInOrder.size()));
    }
}
