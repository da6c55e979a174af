package org.healthdirectory.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.healthdirectory.listing.ListingRules;
import org.healthdirectory.organisation.Organisation;
import org.healthdirectory.organisation.OrganisationDetails;
import org.jboss.resteasy.reactive.RestForm;

/** A provider changes their organisation's details: the same rules as at registration. */
public class OrganisationForm {

    @RestForm
    @NotBlank(message = "Enter the name of your group or organisation")
    @Size(max = ListingRules.NAME_MAX, message = "The name of your group must be 200 characters or fewer")
    public String name;

    @RestForm
    @FieldRules.CharityNumber
    public String charityNumber;

    @RestForm
    @FieldRules.CompanyNumber
    public String companyNumber;

    @RestForm
    @FieldRules.Website
    public String website;

    static OrganisationForm from(Organisation organisation) {
        OrganisationForm form = new OrganisationForm();
        form.name = organisation.getName();
        form.charityNumber = organisation.getCharityNumber();
        form.companyNumber = organisation.getCompanyNumber();
        form.website = organisation.getWebsite();
        return form;
    }

    OrganisationDetails details() {
        return new OrganisationDetails(
                FieldRules.blankToNull(name),
                FieldRules.blankToNull(charityNumber),
                FieldRules.blankToNull(companyNumber),
                FieldRules.blankToNull(website));
    }
}
