package org.healthdirectory.organisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a provider can change about their organisation: its name, charity and company numbers and
 * website. A change waits for a moderator as a revision (unless the organisation is trusted).
 */
public record OrganisationDetails(String name, String charityNumber, String companyNumber, String website) {

    public static OrganisationDetails of(Organisation organisation) {
        return new OrganisationDetails(
                organisation.getName(),
                organisation.getCharityNumber(),
                organisation.getCompanyNumber(),
                organisation.getWebsite());
    }

    public void applyTo(Organisation organisation) {
        organisation.rename(name);
        organisation.setRegistrationNumbers(charityNumber, companyNumber);
        organisation.setWebsite(website);
    }

    /** Each detail by the label a moderator reads, in the order of the form. */
    public Map<String, String> byLabel() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Name of the organisation", name);
        rows.put("Charity number", charityNumber);
        rows.put("Company number", companyNumber);
        rows.put("Website", website);
        return rows;
    }

    public boolean sameAs(OrganisationDetails other) {
        return Objects.equals(byLabel(), other.byLabel());
    }
}
