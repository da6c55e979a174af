package org.healthdirectory.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.Locale;

/**
 * A web address typed into a form (a feed to import, a calendar to read): one rule for every form, so
 * an address one form takes is one the others take too. Whether it may be fetched (not a private
 * address) is decided when it is fetched, by the reader.
 */
public final class WebAddress {

    private static final int MAX_LENGTH = 500;

    private WebAddress() {}

    /** http or https, with a host, no spaces, up to 500 characters. */
    public static boolean readable(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://"))
                || text.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            return URI.create(text).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The form field constraint for {@link #readable}, ignoring spaces around it; blank is allowed. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = Readable.Check.class)
    public @interface Readable {
        String message() default "Enter a web address that starts with https://";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Readable, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null || value.isBlank() || readable(value.strip());
            }
        }
    }
}
