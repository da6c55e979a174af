package org.healthdirectory.professional;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.web.FieldError;

/** "Could not find ... in ...": checked so that nothing about a patient can be saved by mistake. */
record UnmetNeedForm(String what, String domain, String outcode) {

    static final int WHAT_MAX = 150;
    // An email address, a phone or NHS number (7 or more digits), or a full postcode: patient details.
    private static final Pattern PERSONAL =
            Pattern.compile("\\S+@\\S+|(\\d[\\s-]?){7,}|\\b[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}\\b");

    List<FieldError> errors(Set<String> domainSlugs) {
        List<FieldError> errors = new ArrayList<>();
        String text = what == null ? "" : what.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError(
                    "what", "Enter what you could not find, like \"walking group for wheelchair users\""));
        } else if (text.length() > WHAT_MAX) {
            errors.add(new FieldError("what", "Use " + WHAT_MAX + " characters or fewer"));
        } else if (PERSONAL.matcher(text).find()) {
            errors.add(new FieldError(
                    "what",
                    "Remove the personal details. Do not enter names, numbers, email addresses or full postcodes"));
        }
        if (domain == null || !domainSlugs.contains(domain)) {
            errors.add(new FieldError("domain", "Choose the type of support"));
        }
        var postcode = Postcode.parse(outcode);
        if (outcode == null || outcode.isBlank()) {
            errors.add(new FieldError("outcode", "Enter the first part of the postcode, like M11"));
        } else if (postcode.isPresent() && postcode.get().isFull()) {
            errors.add(new FieldError(
                    "outcode",
                    "Enter only the first part of the postcode, like M11. A full postcode could identify the patient"));
        } else if (postcode.isEmpty()) {
            errors.add(new FieldError("outcode", "Enter the first part of a UK postcode, like M11"));
        }
        return errors;
    }

    String normalisedOutcode() {
        return Postcode.parse(outcode).orElseThrow().outcode();
    }
}
