package org.healthdirectory.audit;

import jakarta.validation.constraints.Pattern;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.web.CheckedTogether;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.UkDate;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The audit log's filter (a GET form, also what the CSV export reads), checked as every form is
 * ({@link org.healthdirectory.web.FormErrors}): an entry ID that is an ID, real dates, and the end date
 * not before the start date. Every field may be left blank.
 */
public class AuditFilterForm implements CheckedTogether {

    @RestQuery
    public String actor;

    @RestQuery
    public String action;

    @RestQuery
    @Pattern(
            regexp = "\\s*|\\s*\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}\\s*",
            message = "Enter the entry's ID, like 069a8464-c41c-4424-ba42-17affba43221")
    public String subject;

    @RestQuery
    @UkDate.Real
    public String from;

    @RestQuery
    @UkDate.Real
    public String to;

    /** Which page of results, from 1; anything else is the first page. */
    @RestQuery
    public String page;

    @Override
    public List<FieldError> togetherErrors() {
        LocalDate start = date(from);
        LocalDate end = date(to);
        return start != null && end != null && end.isBefore(start)
                ? List.of(new FieldError("to", "The end date must be the same as or after the start date"))
                : List.of();
    }

    /** The filter to search with; only call it when the form has no errors. */
    AuditSearch.Filter filter() {
        return new AuditSearch.Filter(
                blankToNull(actor),
                blankToNull(action),
                blankToNull(subject) == null ? null : UUID.fromString(subject.strip()),
                date(from),
                date(to));
    }

    int pageNumber() {
        return page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
    }

    /** The filled-in fields as a query string, for the export link and the next and previous pages. */
    String query() {
        String[] names = {"actor", "action", "subject", "from", "to"};
        String[] values = {actor, action, subject, from, to};
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (blankToNull(values[i]) != null) {
                parts.add(names[i] + "=" + URLEncoder.encode(values[i].strip(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        return UkDate.parse(value).orElse(null);
    }
}
