package org.healthdirectory.text;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Words that look like details about a person (an email address, a phone or NHS number, a full
 * postcode), for the free-text boxes that must not keep any: a professional's "what I could not find"
 * and the public's search feedback. One rule, so both refuse the same things.
 */
public final class PersonalDetails {

    /** What a form says when it finds some. */
    public static final String REMOVE_THEM =
            "Remove the personal details. Do not enter names, numbers, email addresses or full postcodes";

    // An email address, 7 or more digits (phone, NHS number), or a full postcode.
    private static final Pattern PERSONAL =
            Pattern.compile("\\S+@\\S+|(\\d[\\s-]?){7,}|\\b[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}\\b");

    private PersonalDetails() {}

    public static boolean foundIn(String text) {
        return text != null && PERSONAL.matcher(text).find();
    }

    /** The form field constraint: no personal details in the text (blank is fine). */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = None.Check.class)
    public @interface None {
        String message() default REMOVE_THEM;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<None, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return !foundIn(value);
            }
        }
    }
}
