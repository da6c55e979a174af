package org.healthdirectory.vetting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.healthdirectory.audit.AuditLog;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationRepository;

/** Vetting checks on organisations: recording them (audited), what is expiring, and the public badges. */
@ApplicationScoped
public class Checks implements PanacheRepositoryBase<Check, UUID> {

    /** Checks that end within this many days count as "expiring". */
    public static final int EXPIRING_WITHIN_DAYS = 30;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final OrganisationRepository organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    Checks(OrganisationRepository organisations, AuditLog auditLog, Clock clock) {
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UkTime.ZONE));
    }

    @Transactional
    public Organisation organisation(UUID id) {
        Organisation organisation = organisations.findById(id);
        if (organisation == null) {
            throw new NotFoundException();
        }
        return organisation;
    }

    /** Every kind of check for one organisation; kinds never checked come back as "not checked". */
    @Transactional
    public Map<CheckKind, Check> forOrganisation(Organisation organisation) {
        Map<CheckKind, Check> all = new EnumMap<>(CheckKind.class);
        Arrays.stream(CheckKind.values()).forEach(kind -> all.put(kind, new Check(null, organisation, kind)));
        list("organisation", organisation).forEach(check -> all.put(check.getKind(), check));
        return all;
    }

    /** Records a check as staff entered it; the audit log keeps before and after. */
    @Transactional
    public void record(UUID organisationId, CheckKind kind, CheckForm form, String staff) {
        Organisation organisation = organisation(organisationId);
        Check check = find("organisation = ?1 and kind = ?2", organisation, kind)
                .firstResultOptional()
                .orElseGet(() -> new Check(UUID.randomUUID(), organisation, kind));
        Map<String, Object> before = check.auditState();
        check.record(
                form.parsedStatus(),
                form.parsedCheckedBy(),
                form.parsedCheckedOn(),
                form.parsedExpiresOn(),
                form.parsedNote(),
                clock.instant());
        if (!isPersistent(check)) {
            persist(check);
        }
        auditLog.record(
                staff, "check.recorded", "Organisation", organisationId, before, check.auditState(), kind.label);
    }

    /** Trusted organisations' edits to live listings publish at once (still audited and kept as revisions). */
    @Transactional
    public void setTrusted(UUID organisationId, boolean trusted, String staff) {
        Organisation organisation = organisation(organisationId);
        if (organisation.isTrusted() == trusted) {
            return;
        }
        auditLog.record(
                staff,
                "organisation.trust-changed",
                "Organisation",
                organisationId,
                Map.of("trusted", organisation.isTrusted()),
                Map.of("trusted", trusted),
                null);
        organisation.setTrusted(trusted);
    }

    /** Passed checks that have ended, or end within 30 days, soonest first. */
    @Transactional
    public List<Check> expiring() {
        return find("""
                select c from Check c join fetch c.organisation
                where c.status = ?1 and c.expiresOn <= ?2 order by c.expiresOn, c.organisation.name""", CheckStatus.PASSED, today().plusDays(EXPIRING_WITHIN_DAYS))
                .list();
    }

    /** What the public listing page says about an organisation's current checks. */
    @Transactional
    public List<String> badges(UUID organisationId) {
        return badges(organisationId, kind -> kind.badge, MONTH);
    }

    /** The same badges in a reader's words: each check's name, and the month in their language. */
    @Transactional
    public List<String> badges(UUID organisationId, Function<CheckKind, String> badge, DateTimeFormatter month) {
        LocalDate today = today();
        return list("organisation.id = ?1 and status = ?2", organisationId, CheckStatus.PASSED).stream()
                .filter(check -> check.isCurrent(today))
                .sorted(java.util.Comparator.comparing(Check::getKind))
                .map(check -> badge.apply(check.getKind())
                        + (check.getCheckedOn() == null ? "" : " (" + month.format(check.getCheckedOn()) + ")"))
                .toList();
    }
}
