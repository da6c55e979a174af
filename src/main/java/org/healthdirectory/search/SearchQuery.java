package org.healthdirectory.search;

import java.util.List;
import java.util.Optional;
import org.healthdirectory.geo.Postcode;

/**
 * What someone searched for, from the search form or the API. Blank values mean "any".
 * {@link #validate()} returns the problems to show next to each field.
 */
public record SearchQuery(String text, String domain, String postcode, Integer radiusMiles, boolean freeOnly,
                          int page) {

    public static final List<Integer> RADII = List.of(1, 3, 5, 10);
    public static final int DEFAULT_RADIUS = 3;
    public static final int PAGE_SIZE = 20;
    static final int MAX_TEXT = 200;

    public record FieldError(String field, String message) {
    }

    public SearchQuery {
        text = trimToNull(text);
        domain = trimToNull(domain);
        postcode = trimToNull(postcode);
        page = Math.max(page, 1);
    }

    public Optional<Postcode> parsedPostcode() {
        return Postcode.parse(postcode);
    }

    public int radius() {
        return radiusMiles == null ? DEFAULT_RADIUS : radiusMiles;
    }

    public boolean hasText() {
        return text != null;
    }

    public boolean hasPlace() {
        return postcode != null;
    }

    public List<FieldError> validate() {
        var errors = new java.util.ArrayList<FieldError>();
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "What you are looking for must be " + MAX_TEXT + " characters or fewer"));
        }
        if (postcode != null && parsedPostcode().isEmpty()) {
            errors.add(new FieldError("postcode", "Enter a real postcode, like M11 3FF, or the first part, like M11"));
        }
        if (radiusMiles != null && !RADII.contains(radiusMiles)) {
            errors.add(new FieldError("radius", "Choose a distance of 1, 3, 5 or 10 miles"));
        }
        return errors;
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
