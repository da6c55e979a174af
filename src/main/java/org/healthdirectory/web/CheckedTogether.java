package org.healthdirectory.web;

import java.util.List;

/**
 * A form with checks that read two fields together, e.g. "the end time is after the start time".
 * {@link FormErrors} adds these after the one-field constraints. They are plain Java, not Bean
 * Validation getters: a form bound with @BeanParam is a CDI bean, and Quarkus would turn a
 * constrained getter into method validation that throws instead of reporting.
 */
public interface CheckedTogether {

    /** Each problem on the field whose input the error is shown next to (the end time, the oldest age). */
    List<FieldError> togetherErrors();
}
