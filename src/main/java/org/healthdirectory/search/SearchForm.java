package org.healthdirectory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.geo.PlaceNames;
import org.healthdirectory.geo.Postcode;
import org.healthdirectory.web.FieldError;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The search parameters exactly as they arrive, shared by the search page and the JSON API.
 * {@link #check} turns them into a {@link SearchQuery} and lists each problem against its parameter.
 */
public class SearchForm {

    static final int MAX_TEXT = 200;
    static final int MAX_PLACE = 60;
    static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
    static final Set<String> TIMES = Set.of("morning", "afternoon", "evening");
    static final Set<String> MODES = Set.of("in-person", "online", "at-home");

    @RestQuery
    public String q;

    @RestQuery
    public String domain;

    @RestQuery
    public String postcode;

    @RestQuery
    public String radius;

    @RestQuery
    public String free;

    @RestQuery
    public List<String> day = List.of();

    @RestQuery
    public List<String> time = List.of();

    @RestQuery
    public String age;

    @RestQuery
    public List<String> audience = List.of();

    @RestQuery
    public List<String> access = List.of();

    @RestQuery
    public String language;

    @RestQuery
    public String mode;

    @RestQuery
    public String open;

    @RestQuery
    public String sort;

    /** "today", "week" (the next 7 days) or "now" (drop-in places open now); see SessionsWhen. */
    @RestQuery
    public String when;

    @RestQuery
    public String page;

    public record Checked(SearchQuery query, List<FieldError> errors) {}

    public Checked check(ContentCatalogue catalogue) {
        List<FieldError> errors = new ArrayList<>();
        String text = SearchQuery.trimToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new FieldError("q", "What you are looking for must be " + MAX_TEXT + " characters or fewer"));
        }
        String place = SearchQuery.trimToNull(postcode);
        if (place != null && place.length() > MAX_PLACE) {
            errors.add(
                    new FieldError("postcode", "Enter a postcode or place of " + MAX_PLACE + " characters or fewer"));
            place = null;
        } else if (place != null
                && Postcode.parse(place).isEmpty()
                && PlaceNames.find(place).isEmpty()) {
            errors.add(new FieldError(
                    "postcode",
                    "Enter a real postcode, like M11 3FF, the first part, like M11, or a place, like Gorton"));
        }
        Integer radiusMiles = number(radius, "radius", errors);
        if (radiusMiles != null && !SearchQuery.RADII.contains(radiusMiles)) {
            errors.add(new FieldError("radius", "Choose a distance of 1, 3, 5 or 10 miles"));
        }
        Integer ageYears = number(age, "age", errors);
        if (ageYears != null && (ageYears < 0 || ageYears > 120)) {
            errors.add(new FieldError("age", "Enter an age between 0 and 120"));
        }
        Integer pageNumber = number(page, "page", errors);
        if (pageNumber != null && pageNumber < 1) {
            errors.add(new FieldError("page", "Page must be 1 or more"));
        } else if (pageNumber != null && pageNumber > SearchQuery.MAX_PAGE) {
            errors.add(new FieldError(
                    "page",
                    "We can only show the first " + SearchQuery.MAX_PAGE
                            + " pages of results. Add words or filters to narrow your search"));
            pageNumber = null;
        }
        String domainSlug = SearchQuery.trimToNull(domain);
        if (domainSlug != null && !isDomain(catalogue, domainSlug)) {
            errors.add(new FieldError("domain", "Choose a type of activity from the list"));
            domainSlug = null;
        }
        String languageCode = SearchQuery.trimToNull(language);
        if (languageCode != null && !languageCode.matches("[a-z]{2,3}")) {
            errors.add(new FieldError("language", "Choose a language from the list"));
        }
        String venueMode = SearchQuery.trimToNull(mode);
        if (venueMode != null && !MODES.contains(venueMode)) {
            errors.add(new FieldError("mode", "Choose in person, online or at home"));
        }
        var filters = new SearchQuery.Filters(
                yes(free, "free", errors),
                allowed(day, DAYS::contains, "day", "Choose days from the list", errors),
                allowed(time, TIMES::contains, "time", "Choose morning, afternoon or evening", errors),
                ageYears,
                allowed(audience, catalogue::isAudience, "audience", "Choose who it is for from the list", errors),
                allowed(
                        access,
                        catalogue::isAccessibilityFeature,
                        "access",
                        "Choose accessibility needs from the list",
                        errors),
                languageCode,
                venueMode,
                yes(open, "open", errors),
                SessionsWhen.check(when, errors));
        String order = SearchQuery.trimToNull(sort);
        if (order != null && !order.equals(SearchQuery.RELEVANCE) && !order.equals(SearchQuery.NEAREST)) {
            errors.add(new FieldError("sort", "Sort by best match or nearest first"));
            order = null;
        }
        var query = new SearchQuery(
                text, domainSlug, place, radiusMiles, filters, order, pageNumber == null ? 1 : pageNumber);
        return new Checked(query, errors);
    }

    /** Only the six domains: anything else would reach the zero-result report as a made-up category. */
    private static boolean isDomain(ContentCatalogue catalogue, String slug) {
        return catalogue.domains().stream().anyMatch(d -> d.slug().equals(slug));
    }

    private static Integer number(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "Enter a whole number for " + field));
            return null;
        }
    }

    /** Checkboxes send "yes" (the form) or "true" (the API). */
    private static boolean yes(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank() || value.equals("false") || value.equals("no")) {
            return false;
        }
        if (value.equals("yes") || value.equals("true")) {
            return true;
        }
        errors.add(new FieldError(field, field + " must be yes or no (true or false)"));
        return false;
    }

    private static List<String> allowed(
            List<String> values, Predicate<String> known, String field, String message, List<FieldError> errors) {
        List<String> chosen = values == null
                ? List.of()
                : values.stream()
                        .map(SearchQuery::trimToNull)
                        .filter(v -> v != null)
                        .distinct()
                        .toList();
        if (!chosen.stream().allMatch(known)) {
            errors.add(new FieldError(field, message));
            return List.of();
        }
        return chosen;
    }
}
