package org.healthdirectory.registration;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.context.Dependent;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import org.healthdirectory.content.ContentCatalogue;

/**
 * Every ticked box must be one the page offered: a type of activity, who it is for, an accessibility
 * feature or a language from content/. Blank values are ignored (browsers send none, scripts might).
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = FromList.Check.class)
@interface FromList {

    enum Choices {
        DOMAINS,
        AUDIENCES,
        ACCESSIBILITY,
        LANGUAGES,
        DAYS
    }

    Choices value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Dependent: each use of @FromList gets its own checker, as each remembers which list it checks. */
    @Dependent
    class Check implements ConstraintValidator<FromList, List<String>> {

        private final ContentCatalogue catalogue;
        private Choices choices;

        Check(ContentCatalogue catalogue) {
            this.catalogue = catalogue;
        }

        @Override
        public void initialize(FromList annotation) {
            this.choices = annotation.value();
        }

        @Override
        public boolean isValid(List<String> values, ConstraintValidatorContext context) {
            return values == null
                    || values.stream().filter(v -> v != null && !v.isBlank()).allMatch(this::offered);
        }

        private boolean offered(String value) {
            return switch (choices) {
                case DOMAINS ->
                    catalogue.domains().stream().anyMatch(d -> d.slug().equals(value));
                case AUDIENCES -> catalogue.isAudience(value);
                case ACCESSIBILITY -> catalogue.isAccessibilityFeature(value);
                case LANGUAGES -> value.matches("[a-z]{2,3}");
                case DAYS -> value.matches("MO|TU|WE|TH|FR|SA|SU");
            };
        }
    }
}
