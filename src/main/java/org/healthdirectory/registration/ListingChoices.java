package org.healthdirectory.registration;

import java.util.List;
import java.util.Locale;
import org.healthdirectory.content.ContentCatalogue;

/** The checkbox lists for who it is for, accessibility and languages, with the current choices ticked. */
public record ListingChoices(List<Choice> audiences, List<Choice> accessibility, List<Choice> languages) {

    public record Choice(String value, String label, boolean selected) {}

    /** Languages most often offered in the directory's area, besides English. */
    static final List<String> LANGUAGES = List.of("en", "ar", "bn", "zh", "ku", "fa", "pl", "pa", "ro", "so", "ur");

    static ListingChoices of(
            ContentCatalogue catalogue, List<String> audiences, List<String> accessibility, List<String> languages) {
        return new ListingChoices(
                catalogue.audiences().stream()
                        .map(a -> new Choice(a.slug(), a.name(), audiences.contains(a.slug())))
                        .toList(),
                catalogue.accessibilityFeatures().stream()
                        .map(a -> new Choice(a.slug(), a.name(), accessibility.contains(a.slug())))
                        .toList(),
                LANGUAGES.stream()
                        .map(code -> new Choice(
                                code,
                                Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK),
                                languages.contains(code)))
                        .toList());
    }
}
