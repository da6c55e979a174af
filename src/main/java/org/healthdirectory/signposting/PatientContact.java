package org.healthdirectory.signposting;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the email address or mobile number a sheet is sent to, as form constraints and as readers that
 * normalise it. The value is used for one send and never stored or logged, so these checks are all the
 * directory ever does with it. What the reader is told when a check fails is in the message bundles
 * (errSheet...), in their language; the English here is what the form reports.
 */
final class PatientContact {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");
    private static final Pattern UK_MOBILE = Pattern.compile("^07\\d{9}$");

    private PatientContact() {}

    static Optional<String> email(String value) {
        String trimmed = value == null ? "" : value.strip();
        return trimmed.length() <= 254 && EMAIL.matcher(trimmed).matches() ? Optional.of(trimmed) : Optional.empty();
    }

    /** A UK mobile number as 07xxxxxxxxx, from "07700 900982", "+44 7700 900982", "(07700) 900-982"... */
    static Optional<String> ukMobile(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String digits = value.replaceAll("[\\s()\\-.]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("44") && digits.length() == 12) {
            digits = "0" + digits.substring(2);
        }
        return UK_MOBILE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /** Only the last 3 digits, for the outbox: enough to tell messages apart, useless to anyone else. */
    static String masked(String mobile) {
        return "*".repeat(Math.max(0, mobile.length() - 3)) + mobile.substring(Math.max(0, mobile.length() - 3));
    }

    /** The form field constraint for {@link #email}; blank is left to @NotBlank. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Email.Check.class)
    @interface Email {
        String message() default "Enter an email address in the correct format, like name@example.com";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Email, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null || value.isBlank() || email(value).isPresent();
            }
        }
    }

    /** The form field constraint for {@link #ukMobile}; blank is left to @NotBlank. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = UkMobile.Check.class)
    @interface UkMobile {
        String message() default "Enter a UK mobile number, like 07700 900 982";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<UkMobile, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null || value.isBlank() || ukMobile(value).isPresent();
            }
        }
    }
}
