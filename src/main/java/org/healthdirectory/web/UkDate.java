package org.healthdirectory.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * A date typed into a form: "24/12/2026" as people in the UK write it, or "2026-12-24" as a date picker
 * sends it. One reader for every form, so a date that works in one form works in all of them.
 */
public final class UkDate {

    /** What a form says next to a date it cannot read. */
    public static final String ENTER_A_REAL_DATE = "Enter a real date, like 24/12/2026";

    // Strict, so 31/2/2027 is refused rather than read as 28 February.
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private UkDate() {}

    /**
     * A form field's date: null when left blank, and when it is not a real date, null with
     * {@link #ENTER_A_REAL_DATE} next to the field.
     */
    public static LocalDate read(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = parse(text);
        if (date.isEmpty()) {
            errors.add(new FieldError(field, ENTER_A_REAL_DATE));
        }
        return date.orElse(null);
    }

    /** The date, or empty when the text is blank or not a real date (31/2/2027, "next Tuesday"). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 10) {
            return Optional.empty();
        }
        String date = text.strip();
        try {
            return Optional.of(date.contains("/") ? LocalDate.parse(date, DAY_MONTH_YEAR) : LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * The form field constraint for a date as {@link #parse} reads it: blank is allowed (add @NotBlank
     * where a date is required); a form may word the message for its field.
     */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Real.Check.class)
    public @interface Real {
        String message() default ENTER_A_REAL_DATE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Real, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null || value.isBlank() || parse(value).isPresent();
            }
        }
    }
}
