package org.healthdirectory.vetting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.healthdirectory.web.FieldError;
import org.healthdirectory.web.UkDate;
import org.jboss.resteasy.reactive.RestForm;

/** The console form for one check. Dates come from date inputs, as 2026-03-14. */
public class CheckForm {

    @RestForm
    public String status;

    @RestForm
    public String checkedBy;

    @RestForm
    public String checkedOn;

    @RestForm
    public String expiresOn;

    @RestForm
    public String note;

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

    /** Problems with what was entered, each for its field; empty when it can be saved. */
    public List<FieldError> errors(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        CheckStatus chosen = Arrays.stream(CheckStatus.values())
                .filter(s -> s.name().equals(status))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            errors.add(new FieldError("status", "Choose passed, failed, not needed or not checked"));
        }
        boolean outcome = chosen != null && chosen.isOutcome();
        if (outcome && blank(checkedBy)) {
            errors.add(new FieldError("checkedBy", "Enter who made the check"));
        } else if (trimmed(checkedBy) != null && trimmed(checkedBy).length() > 200) {
            errors.add(new FieldError("checkedBy", "Who made the check must be 200 characters or fewer"));
        }
        LocalDate checked = date(checkedOn);
        if (outcome && blank(checkedOn)) {
            errors.add(new FieldError("checkedOn", "Enter the date of the check"));
        } else if (!blank(checkedOn) && checked == null) {
            errors.add(new FieldError("checkedOn", "The date of the check must be a real date"));
        } else if (checked != null && checked.isAfter(today)) {
            errors.add(new FieldError("checkedOn", "The date of the check must be today or in the past"));
        }
        LocalDate expires = date(expiresOn);
        if (!blank(expiresOn) && expires == null) {
            errors.add(new FieldError("expiresOn", "The expiry date must be a real date"));
        } else if (expires != null && chosen == CheckStatus.PASSED && expires.isBefore(today)) {
            errors.add(new FieldError(
                    "expiresOn", "The expiry date must be today or in the future for a check that passed"));
        } else if (expires != null && checked != null && !expires.isAfter(checked)) {
            errors.add(new FieldError("expiresOn", "The expiry date must be after the date of the check"));
        }
        if (trimmed(note) != null && trimmed(note).length() > 1000) {
            errors.add(new FieldError("note", "The note must be 1,000 characters or fewer"));
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
