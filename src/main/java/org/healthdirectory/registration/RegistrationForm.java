package org.healthdirectory.registration;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.stream.Stream;
import org.healthdirectory.listing.ListingRules;
import org.healthdirectory.web.CheckedTogether;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The one-page registration: six things are required, everything else can come later. Fields are
 * in the order of the page (the error summary follows it). The rules are shared with the edit page.
 */
public class RegistrationForm implements CheckedTogether {

    @RestForm
    @jakarta.validation.constraints.NotBlank(message = "Enter the name of your group or organisation")
    @Size(max = ListingRules.NAME_MAX, message = "The name of your group must be 200 characters or fewer")
    public String organisationName;

    @RestForm
    @FieldRules.ActivityName
    public String activityName;

    @RestForm
    @FieldRules.Description
    public String description;

    @RestForm
    @NotEmpty(message = "Choose at least one type of activity")
    @FromList(value = FromList.Choices.DOMAINS, message = "Choose types of activity from the list")
    public List<String> domains = List.of();

    @RestForm
    @NotNull(message = "Choose where it happens")
    @Pattern(regexp = "postcode|online|at-home", message = "Choose where it happens")
    public String where;

    @RestForm
    @Size(max = 10, message = "Enter a real postcode, like M40 9NB")
    public String postcode;

    @RestForm
    @FieldRules.ContactEmail
    public String email;

    // Optional: can come later. Nothing left empty is shown on the listing as if the provider had said it.

    @RestForm
    @Size(max = ListingRules.VENUE_NAME_MAX, message = "The name of the place must be 200 characters or fewer")
    public String venueName;

    @RestForm
    @Size(max = ListingRules.VENUE_ADDRESS_MAX, message = "The address must be 500 characters or fewer")
    public String address;

    @RestForm
    @FromList(value = FromList.Choices.DAYS, message = "Choose days from the list")
    public List<String> days = List.of();

    @RestForm
    @Pattern(regexp = "|WEEKLY|FORTNIGHTLY|MONTHLY", message = "Choose how often it happens")
    public String frequency;

    /** Every other week and once a month need a date to count from: without it we cannot show the dates. */
    @RestForm
    public String nextDate;

    @RestForm
    @FieldRules.Time
    public String startTime;

    @RestForm
    @FieldRules.Time
    public String endTime;

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
    @FromList(value = FromList.Choices.AUDIENCES, message = "Choose who it is for from the list")
    public List<String> audiences = List.of();

    @RestForm
    @FromList(value = FromList.Choices.ACCESSIBILITY, message = "Choose accessibility features from the list")
    public List<String> accessibility = List.of();

    @RestForm
    @FromList(value = FromList.Choices.LANGUAGES, message = "Choose languages from the list")
    public List<String> languages = List.of();

    @RestForm
    @FieldRules.CharityNumber
    public String charityNumber;

    @RestForm
    @FieldRules.CompanyNumber
    public String companyNumber;

    /** A field people never see. Bots fill it in; then nothing is stored or sent. */
    @RestForm
    public String homepage;

    @Override
    public List<FieldError> togetherErrors() {
        return Stream.of(
                        FieldRules.agesOutOfOrder(minAge, maxAge),
                        FieldRules.timesOutOfOrder(startTime, endTime),
                        FieldRules.repeatProblem(frequency, days, nextDate))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** For the page: whether this way of joining is the one chosen ("" for "not said"). */
    public boolean howToJoinIs(String value) {
        return value.equals(howToJoin == null ? "" : howToJoin);
    }

    /** Drops blank and repeated ticks, before the form is checked. */
    void tidy() {
        domains = FieldRules.nonBlank(domains);
        days = FieldRules.nonBlank(days);
        audiences = FieldRules.nonBlank(audiences);
        accessibility = FieldRules.nonBlank(accessibility);
        languages = FieldRules.nonBlank(languages);
    }

    boolean isBot() {
        return homepage != null && !homepage.isBlank();
    }
}
