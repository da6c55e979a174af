package org.healthdirectory.web;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * On a form's check of two fields together (an @AssertTrue method): the field whose input the error
 * is shown next to and linked to from the error summary, e.g. the end time for "end after start".
 */
@Target(METHOD)
@Retention(RUNTIME)
public @interface ReportedOn {
    String value();
}
