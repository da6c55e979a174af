package org.healthdirectory.registration;

import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.healthdirectory.listing.Cost;
import org.healthdirectory.listing.HowToJoin;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingDetails;
import org.healthdirectory.web.CheckedTogether;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The details a provider can change themselves, on the signed-in edit page and the page a reminder
 * link opens. Same rules as registration; what it proposes is a typed {@link ListingDetails}.
 */
public class EditForm implements CheckedTogether {

    @RestForm
    @FieldRules.ActivityName
    public String name;

    @RestForm
    @FieldRules.Summary
    public String summary;

    @RestForm
    @FieldRules.Description
    public String description;

    @RestForm
    @FieldRules.HowToJoinChoice
    public String howToJoin;

    @RestForm
    @FieldRules.Age
    public String minAge;

    @RestForm
    @FieldRules.Age
    public String maxAge;

    @RestForm
    @FieldRules.CostChoice
    public String cost;

    @RestForm
    @FieldRules.Phone
    public String phone;

    @RestForm
    @FieldRules.PublicEmail
    public String publicEmail;

    @RestForm
    @FieldRules.Website
    public String website;

    @RestForm
    @Pattern(regexp = "|yes", message = "Say whether you are taking new people")
    public String takingNewPeople;

    @RestForm
    @FromList(value = FromList.Choices.AUDIENCES, message = "Choose who it is for from the list")
    public List<String> audiences = List.of();

    @RestForm
    @FromList(value = FromList.Choices.ACCESSIBILITY, message = "Choose accessibility features from the list")
    public List<String> accessibility = List.of();

    @RestForm
    @FromList(value = FromList.Choices.LANGUAGES, message = "Choose languages from the list")
    public List<String> languages = List.of();

    @Override
    public List<FieldError> togetherErrors() {
        return FieldRules.agesOutOfOrder(minAge, maxAge).stream().toList();
    }

    /** For the page: whether this way of joining is the one chosen ("" for "not said"). */
    public boolean howToJoinIs(String value) {
        return value.equals(howToJoin == null ? "" : howToJoin);
    }

    /** Drops blank and repeated ticks, before the form is checked. */
    void tidy() {
        audiences = FieldRules.nonBlank(audiences);
        accessibility = FieldRules.nonBlank(accessibility);
        languages = FieldRules.nonBlank(languages);
    }

    static EditForm from(Listing listing) {
        EditForm form = new EditForm();
        form.name = listing.getName();
        form.summary = listing.getSummary();
        form.description = listing.getDescription();
        form.howToJoin =
                listing.getHowToJoin() == null ? "" : listing.getHowToJoin().name();
        form.minAge = listing.getMinAge() == null ? "" : listing.getMinAge().toString();
        form.maxAge = listing.getMaxAge() == null ? "" : listing.getMaxAge().toString();
        form.cost = listing.getCost() == null ? "" : listing.getCost().name();
        form.phone = listing.getContactPhone();
        form.publicEmail = listing.getContactEmail();
        form.website = listing.getContactWebsite();
        form.takingNewPeople = listing.isTakingNewPeople() ? "yes" : "";
        form.audiences = List.copyOf(listing.getAudiences());
        form.accessibility = List.copyOf(listing.getAccessibility());
        form.languages = List.copyOf(listing.getLanguages());
        return form;
    }

    /** What the form says, as the typed details a revision keeps. Call only once the form is valid. */
    ListingDetails details() {
        String costText = FieldRules.blankToNull(cost);
        String how = FieldRules.blankToNull(howToJoin);
        return new ListingDetails(
                FieldRules.blankToNull(name),
                FieldRules.blankToNull(summary),
                FieldRules.blankToNull(description),
                costText == null ? null : Cost.valueOf(costText),
                how == null ? null : HowToJoin.valueOf(how),
                FieldRules.number(minAge),
                FieldRules.number(maxAge),
                FieldRules.blankToNull(phone),
                FieldRules.blankToNull(publicEmail),
                FieldRules.blankToNull(website),
                "yes".equals(takingNewPeople),
                audiences,
                accessibility,
                languages);
    }
}
