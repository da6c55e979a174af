package org.healthdirectory.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The one-page registration: six things are required, everything else can come later.
 * Messages are written to be shown next to each field.
 */
public class RegistrationForm {

    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    @RestForm
    @NotBlank(message = "Enter the name of your group or organisation")
    @Size(max = 200, message = "The name of your group must be 200 characters or fewer")
    public String organisationName;

    @RestForm
    @NotBlank(message = "Enter the name of the activity")
    @Size(max = 200, message = "The name of the activity must be 200 characters or fewer")
    public String activityName;

    @RestForm
    @NotBlank(message = "Say what happens, in a few sentences")
    @Size(max = 2000, message = "What happens must be 2,000 characters or fewer")
    public String description;

    @RestForm
    @NotEmpty(message = "Choose at least one type of activity")
    public List<String> domains = List.of();

    @RestForm
    @NotNull(message = "Choose where it happens")
    @Pattern(regexp = "postcode|online|at-home", message = "Choose where it happens")
    public String where;

    @RestForm
    @Size(max = 10, message = "Enter a real postcode, like M40 9NB")
    public String postcode;

    @RestForm
    @NotBlank(message = "Enter an email address")
    @Size(max = 320, message = "Email address must be 320 characters or fewer")
    @Email(regexp = EMAIL, message = "Enter an email address in the correct format, like name@example.com")
    public String email;

    // Optional: can come later.

    @RestForm
    @Pattern(regexp = "|FREE|LOW_COST|PAID", message = "Choose free, low cost or paid")
    public String cost;

    @RestForm
    @Pattern(regexp = "|MO|TU|WE|TH|FR|SA|SU", message = "Choose a day from the list")
    public String day;

    @RestForm
    @Pattern(regexp = "|([01]?[0-9]|2[0-3]):[0-5][0-9]", message = "Enter a start time like 10:30 or 14:00")
    public String startTime;

    @RestForm
    @Pattern(regexp = "|\\+?[0-9 ()-]{10,20}", message = "Enter a phone number, like 0161 496 0000")
    public String phone;

    @RestForm
    @Size(max = 320, message = "Public email address must be 320 characters or fewer")
    @Email(regexp = "|" + EMAIL, message = "Enter a public email address in the correct format, like name@example.com")
    public String publicEmail;

    @RestForm
    @Size(max = 500, message = "Website address must be 500 characters or fewer")
    @Pattern(regexp = "|https?://[^\\s<>\"]+\\.[^\\s<>\"]+", message = "Enter a website address starting with https://")
    public String website;

    @RestForm
    public List<String> audiences = List.of();

    @RestForm
    public List<String> accessibility = List.of();

    @RestForm
    public List<String> languages = List.of();

    @RestForm
    @Pattern(
            regexp = "|[0-9]{6,7}(-[0-9]{1,2})?|SC[0-9]{6}",
            message = "Enter a charity number, like 1123456 or SC012345")
    public String charityNumber;

    @RestForm
    @Pattern(regexp = "|[0-9]{8}|[A-Z]{2}[0-9]{6}", message = "Enter a company number, like 01234567 or SC123456")
    public String companyNumber;

    /** A field people never see. Bots fill it in; then nothing is stored or sent. */
    @RestForm
    public String homepage;

    boolean isBot() {
        return homepage != null && !homepage.isBlank();
    }
}
