package org.healthdirectory.vetting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.UkDate;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The console form for one check, checked as every form is ({@link org.healthdirectory.web.FormErrors}):
 * one-field rules as constraints here, and the rules that read the result, the dates and today together
 * in {@link #togetherErrors(LocalDate)}. Dates come from date inputs, as 2026-03-14.
 */
public class CheckForm {

    @RestForm
    @NotBlank(message = CHOOSE_A_RESULT)
    @Pattern(regexp = "NOT_CHECKED|PASSED|FAILED|NOT_NEEDED", message = CHOOSE_A_RESULT)
    public String status;

    @RestForm
    @Size(max = 200, message = "Who made the check must be 200 characters or fewer")
    public String checkedBy;

    @RestForm
    @UkDate.Real(message = "The date of the check must be a real date")
    public String checkedOn;

    @RestForm
    @UkDate.Real(message = "The expiry date must be a real date")
    public String expiresOn;

    @RestForm
    @Size(max = 1000, message = "The note must be 1,000 characters or fewer")
    public String note;

    private static final String CHOOSE_A_RESULT = "Choose passed, failed, not needed or not checked";

    public static CheckForm from(Check check, String staff) {
        CheckForm form = new CheckForm();
        // A check never recorded starts with no result chosen, so "Save" without a choice asks for one
        // instead of quietly storing "Not checked".
        form.status = check.getId() == null ? null : check.getStatus().name();
        form.checkedBy = check.getCheckedBy() == null ? staff : check.getCheckedBy();
        form.checkedOn =
                check.getCheckedOn() == null ? null : check.getCheckedOn().toString();
        form.expiresOn =
                check.getExpiresOn() == null ? null : check.getExpiresOn().toString();
        form.note = check.getNote();
        return form;
    }

    /**
     * The rules that read fields together or need today's date: who and when for a result, dates in the
     * right order, a passed check not already expired. Each on its field, added after the constraints
     * (which say when a date is not a real one).
     */
    public List<FieldError> togetherErrors(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        CheckStatus chosen = Arrays.stream(CheckStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        boolean outcome = chosen != null && chosen.isOutcome();
        if (outcome && blank(checkedBy)) {
            errors.add(new FieldError("checkedBy", "Enter who made the check"));
        }
        LocalDate checked = date(checkedOn);
        if (outcome && blank(checkedOn)) {
            errors.add(new FieldError("checkedOn", "Enter the date of the check"));
        } else if (checked != null && checked.isAfter(today)) {
            errors.add(new FieldError("checkedOn", "The date of the check must be today or in the past"));
        }
        LocalDate expires = date(expiresOn);
        if (expires != null && chosen == CheckStatus.PASSED && expires.isBefore(today)) {
            errors.add(new FieldError(
                    "expiresOn", "The expiry date must be today or in the future for a check that passed"));
        } else if (expires != null && checked != null && !expires.isAfter(checked)) {
            errors.add(new FieldError("expiresOn", "The expiry date must be after the date of the check"));
        }
        return errors;
    }

    CheckStatus parsedStatus() {
        return CheckStatus.valueOf(status);
    }

    String parsedCheckedBy() {
        return trimmed(checkedBy);
    }

    LocalDate parsedCheckedOn() {
        return date(checkedOn);
    }

    LocalDate parsedExpiresOn() {
        return date(expiresOn);
    }

    String parsedNote() {
        return trimmed(note);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    private static LocalDate date(String value) {
        return UkDate.parse(value).orElse(null);
    }
}
