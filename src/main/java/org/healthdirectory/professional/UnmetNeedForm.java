package org.healthdirectory.professional;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Optional;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.text.PersonalDetails;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Could not find ... in ...": checked as every form is ({@link org.healthdirectory.web.FormErrors}), so
 * that nothing about a patient can be saved by mistake. Whether the type of support exists is read from
 * the database by the page.
 */
public class UnmetNeedForm {

    static final int WHAT_MAX = 150;

    @RestForm
    @NotBlank(message = "Enter what you could not find, like \"walking group for wheelchair users\"")
    @Size(max = WHAT_MAX, message = "Use " + WHAT_MAX + " characters or fewer")
    @PersonalDetails.None
    public String what;

    @RestForm
    public String domain;

    @RestForm
    @NotBlank(message = "Enter the first part of the postcode, like M11")
    @OutwardCode
    public String outcode;

    UnmetNeedForm() {}

    UnmetNeedForm(String what, String domain, String outcode) {
        this.what = what;
        this.domain = domain;
        this.outcode = outcode;
    }

    String normalisedOutcode() {
        return Postcode.parse(outcode).orElseThrow().outcode();
    }

    /** The first part of a postcode only: a full postcode could identify the patient. Blank is left to @NotBlank. */
    @Target(FIELD)
    @Retention(RUNTIME)
    @Constraint(validatedBy = OutwardCode.Check.class)
    @interface OutwardCode {
        String message() default "Enter the first part of a UK postcode, like M11";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<OutwardCode, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                if (value == null || value.isBlank()) {
                    return true;
                }
                Optional<Postcode> postcode = Postcode.parse(value);
                if (postcode.isPresent() && postcode.get().isFull()) {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("Enter only the first part of the postcode, like M11."
                                    + " A full postcode could identify the patient")
                            .addConstraintViolation();
                    return false;
                }
                return postcode.isPresent();
            }
        }
    }
}
