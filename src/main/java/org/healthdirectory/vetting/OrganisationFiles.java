package org.healthdirectory.vetting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.organisation.Organisation;

/**
 * An organisation's file for the console: its details, its checks and its listings, read in one
 * transaction (the listings are a lazy association) and handed back as plain records.
 */
@ApplicationScoped
public class OrganisationFiles {

    public record CheckRow(
            String slug,
            String label,
            String status,
            String checkedBy,
            String checkedOn,
            String expiresOn,
            String warning,
            String note) {}

    public record ListingRow(UUID id, String name, String status, boolean published) {}

    public record OrganisationView(
            UUID id,
            String name,
            String type,
            String charityNumber,
            String companyNumber,
            String website,
            String contactEmail,
            boolean trusted,
            List<CheckRow> checks,
            List<ListingRow> listings,
            String saved) {

        /** The same file with a message saying what was just saved. */
        public OrganisationView saying(String message) {
            return new OrganisationView(
                    id,
                    name,
                    type,
                    charityNumber,
                    companyNumber,
                    website,
                    contactEmail,
                    trusted,
                    checks,
                    listings,
                    message);
        }
    }

    /** Who a check is about and what it says now, for the form that changes it. */
    public record CheckOnFile(UUID organisationId, String organisationName, CheckForm form) {}

    private final Checks checks;

    OrganisationFiles(Checks checks) {
        this.checks = checks;
    }

    /** The organisation with this id; any other is not found. */
    @Transactional
    public OrganisationView file(UUID id) {
        Organisation organisation = checks.organisation(id);
        LocalDate today = checks.today();
        List<CheckRow> rows = checks.forOrganisation(organisation).values().stream()
                .map(c -> new CheckRow(
                        c.getKind().slug(),
                        c.getKind().label,
                        c.getStatus().label,
                        c.getCheckedBy(),
                        OrganisationConsoleResource.date(c.getCheckedOn()),
                        OrganisationConsoleResource.date(c.getExpiresOn()),
                        OrganisationConsoleResource.warning(c, today),
                        c.getNote()))
                .toList();
        List<ListingRow> listings = organisation.getListings().stream()
                .sorted(Comparator.comparing(Listing::getName))
                .map(l -> new ListingRow(
                        l.getId(),
                        l.getName(),
                        l.getStatus().name().charAt(0)
                                + l.getStatus()
                                        .name()
                                        .substring(1)
                                        .toLowerCase(Locale.ROOT)
                                        .replace('_', ' '),
                        l.isPublished()))
                .toList();
        return new OrganisationView(
                organisation.getId(),
                organisation.getName(),
                organisation.getType().label,
                organisation.getCharityNumber(),
                organisation.getCompanyNumber(),
                organisation.getWebsite(),
                organisation.getContactEmail(),
                organisation.isTrusted(),
                rows,
                listings,
                null);
    }

    /** One kind of check on an organisation, as the form to change it starts (any other organisation is not found). */
    @Transactional
    public CheckOnFile check(UUID id, CheckKind kind, String staff) {
        Organisation organisation = checks.organisation(id);
        return new CheckOnFile(
                organisation.getId(),
                organisation.getName(),
                CheckForm.from(checks.forOrganisation(organisation).get(kind), staff));
    }

    /** The organisation's id and name, for a check form sent back with errors. */
    @Transactional
    public CheckOnFile check(UUID id, CheckForm sent) {
        Organisation organisation = checks.organisation(id);
        return new CheckOnFile(organisation.getId(), organisation.getName(), sent);
    }
}
