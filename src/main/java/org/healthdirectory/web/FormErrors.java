package org.healthdirectory.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one way a form is checked: Bean Validation constraints on the form, then its
 * {@link CheckedTogether} checks, turned into the page's field errors. One message per field (a missing answer is reported before a badly formed one), in
 * the order the fields are on the form, which is the order of the NHS.UK error summary.
 */
@ApplicationScoped
public class FormErrors {

    private static final Set<Class<? extends Annotation>> REQUIRED =
            Set.of(NotBlank.class, NotNull.class, NotEmpty.class);

    private final Validator validator;

    FormErrors(Validator validator) {
        this.validator = validator;
    }

    /** The form's problems; add checks that need the database with {@link #plus}. */
    public List<FieldError> of(Object form) {
        Map<String, ConstraintViolation<Object>> first = new LinkedHashMap<>();
        validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> !required(v)))
                .forEach(v -> first.putIfAbsent(v.getPropertyPath().toString(), v));
        List<FieldError> errors = new ArrayList<>();
        first.forEach((field, violation) -> errors.add(new FieldError(field, violation.getMessage())));
        return form instanceof CheckedTogether together
                ? plus(errors, together.togetherErrors(), form.getClass())
                : inFormOrder(errors, form.getClass());
    }

    /** The errors with more added, still one per field and in form order. */
    public static List<FieldError> plus(List<FieldError> errors, Collection<FieldError> more, Class<?> form) {
        List<FieldError> all = new ArrayList<>(errors);
        more.stream()
                .filter(extra -> all.stream().noneMatch(e -> e.field().equals(extra.field())))
                .forEach(all::add);
        return inFormOrder(all, form);
    }

    private static List<FieldError> inFormOrder(List<FieldError> errors, Class<?> form) {
        List<String> order = new ArrayList<>();
        for (Class<?> type = form; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                order.add(field.getName());
            }
        }
        return errors.stream()
                .sorted(Comparator.comparingInt(
                        e -> order.contains(e.field()) ? order.indexOf(e.field()) : order.size()))
                .toList();
    }

    private static boolean required(ConstraintViolation<?> violation) {
        return REQUIRED.contains(
                violation.getConstraintDescriptor().getAnnotation().annotationType());
    }
}
