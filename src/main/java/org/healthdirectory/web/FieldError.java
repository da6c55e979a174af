package org.healthdirectory.web;

import java.util.List;

/** A problem with one form field, shown next to it and in the page's error summary. */
public record FieldError(String field, String message) {

    /** The message for a field, or null: what the templates call through their view's errorFor. */
    public static String messageFor(List<FieldError> errors, String field) {
        return errors.stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .findFirst()
                .orElse(null);
    }
}
