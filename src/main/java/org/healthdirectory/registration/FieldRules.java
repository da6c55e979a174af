package org.healthdirectory.registration;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.healthdirectory.listing.ListingRules;
import org.healthdirectory.listing.ScheduleText;
import org.healthdirectory.listing.Session;
import org.healthdirectory.web.EmailAddress;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.TimeOfDay;
import org.healthdirectory.web.UkDate;

/**
 * The rules for the fields a provider fills in, shared by registration, the edit pages and sign-in,
 * so the same field always has the same limit and the same message. Each is a Bean Validation
 * constraint made of standard ones; FormErrors turns what they find into the page's field errors.
 */
final class FieldRules {

    private FieldRules() {}

    /** An email address: something@somewhere.tld, no spaces. Blank is left to @NotBlank where it is required. */
    static final String EMAIL = EmailAddress.PATTERN;

    static final int EMAIL_MAX = EmailAddress.MAX;

    /** An error at the oldest age when both ages are given and the youngest is above it. */
    static Optional<FieldError> agesOutOfOrder(String minAge, String maxAge) {
        Integer min = number(minAge);
        Integer max = number(maxAge);
        return min == null || max == null || min <= max
                ? Optional.empty()
                : Optional.of(
                        new FieldError("maxAge", "The youngest age must be the same as or lower than the oldest age"));
    }

    /** An error at the end time when both times are given and the end is not after the start. */
    static Optional<FieldError> timesOutOfOrder(String start, String end) {
        LocalTime from = time(start);
        LocalTime to = time(end);
        return from == null || to == null || to.isAfter(from)
                ? Optional.empty()
                : Optional.of(new FieldError("endTime", "The end time must be after the start time"));
    }

    /**
     * An error when "every other week" or "once a month" cannot be counted: once a month is one day (the
     * 2nd Tuesday); both count from the next session's date, which must be a real date on a ticked day.
     */
    static Optional<FieldError> repeatProblem(String frequency, List<String> days, String nextDate) {
        boolean counted = "FORTNIGHTLY".equals(frequency) || "MONTHLY".equals(frequency);
        if (!counted || days == null || days.isEmpty()) {
            return Optional.empty();
        }
        if ("MONTHLY".equals(frequency) && days.size() > 1) {
            // Once a month is one weekday of the month (the 2nd Tuesday): a second ticked day would be dropped.
            return Optional.of(new FieldError("days", "Choose one day for once a month, like the second Tuesday"));
        }
        if (nextDate == null || nextDate.isBlank()) {
            return Optional.of(
                    new FieldError("nextDate", "Enter the date of the next session, so we can show the right dates"));
        }
        Optional<LocalDate> date = UkDate.parse(nextDate);
        if (date.isEmpty()) {
            return Optional.of(new FieldError("nextDate", UkDate.ENTER_A_REAL_DATE));
        }
        DayOfWeek day = date.get().getDayOfWeek();
        return days.contains(Session.codeOf(day))
                ? Optional.empty()
                : Optional.of(new FieldError(
                        "nextDate",
                        "That date is a " + ScheduleText.dayName(day) + ". Enter a date on a day you ticked"));
    }

    static Integer number(String text) {
        return text == null || !text.strip().matches("[0-9]{1,3}") ? null : Integer.valueOf(text.strip());
    }

    static LocalTime time(String text) {
        return TimeOfDay.parse(text).orElse(null);
    }

    /** Ticked boxes without blanks or repeats (a missing list is an empty one). */
    static List<String> nonBlank(List<String> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(v -> v != null && !v.isBlank())
                        .distinct()
                        .toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @NotBlank(message = "Enter the name of the activity")
    @Size(max = ListingRules.NAME_MAX, message = "The name of the activity must be 200 characters or fewer")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface ActivityName {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @NotBlank(message = "Enter a one-sentence summary")
    @Size(max = ListingRules.SUMMARY_MAX, message = "The summary must be 300 characters or fewer")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface Summary {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @NotBlank(message = "Say what happens, in a few sentences")
    @Size(max = ListingRules.DESCRIPTION_MAX, message = "What happens must be 5,000 characters or fewer")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface Description {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(regexp = "|FREE|LOW_COST|PAID", message = "Choose free, low cost or paid")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface CostChoice {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(regexp = "|JUST_TURN_UP|BOOK|REFERRAL", message = "Choose how people join from the list")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface HowToJoinChoice {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(regexp = "|[0-9]{1,3}", message = "Enter an age in numbers, like 18")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface Age {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A time as {@link TimeOfDay} reads it, the same in every form; blank is allowed. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Time.Check.class)
    @interface Time {
        String message() default TimeOfDay.ENTER_A_TIME;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Time, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null
                        || value.isBlank()
                        || TimeOfDay.parse(value).isPresent();
            }
        }
    }

    @Pattern(regexp = "|\\+?[0-9 ()-]{10,20}", message = "Enter a phone number, like 0161 496 0000")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface Phone {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The provider's own address: required, private, where links are sent. */
    @NotBlank(message = "Enter an email address")
    @Size(max = EMAIL_MAX, message = "Email address must be 320 characters or fewer")
    @Pattern(regexp = EMAIL, message = "Enter an email address in the correct format, like name@example.com")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface ContactEmail {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = EMAIL_MAX, message = "Public email address must be 320 characters or fewer")
    @Pattern(regexp = EMAIL, message = "Enter a public email address in the correct format, like name@example.com")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface PublicEmail {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Size(max = 500, message = "Website address must be 500 characters or fewer")
    @Pattern(regexp = "|https?://[^\\s<>\"]+\\.[^\\s<>\"]+", message = "Enter a website address starting with https://")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface Website {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(
            regexp = "|[0-9]{6,7}(-[0-9]{1,2})?|SC[0-9]{6}",
            message = "Enter a charity number, like 1123456 or SC012345")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface CharityNumber {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @Pattern(regexp = "|[0-9]{8}|[A-Z]{2}[0-9]{6}", message = "Enter a company number, like 01234567 or SC123456")
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = {})
    @interface CompanyNumber {
        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
