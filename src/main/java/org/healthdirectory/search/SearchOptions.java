package org.healthdirectory.search;

import java.util.List;
import java.util.Locale;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.search.SearchPageResource.Option;

/** The choices under "More filters", each marked if it is chosen in the current search. */
public record SearchOptions(
        List<Option> days,
        List<Option> times,
        List<Option> audiences,
        List<Option> accessibility,
        List<Option> languages,
        List<Option> modes) {

    /** Languages most often spoken in the directory's area, besides English. */
    static final List<String> LANGUAGES = List.of("en", "ar", "bn", "zh", "ku", "fa", "pl", "pa", "ro", "so", "ur");

    static SearchOptions from(SearchQuery.Filters filters, ContentCatalogue catalogue) {
        return new SearchOptions(
                List.of(
                        day("MO", "Monday", filters),
                        day("TU", "Tuesday", filters),
                        day("WE", "Wednesday", filters),
                        day("TH", "Thursday", filters),
                        day("FR", "Friday", filters),
                        day("SA", "Saturday", filters),
                        day("SU", "Sunday", filters)),
                List.of(
                        new Option(
                                "morning",
                                "Morning (before 12pm)",
                                filters.times().contains("morning")),
                        new Option(
                                "afternoon",
                                "Afternoon (12pm to 5pm)",
                                filters.times().contains("afternoon")),
                        new Option(
                                "evening",
                                "Evening (after 5pm)",
                                filters.times().contains("evening"))),
                catalogue.audiences().stream()
                        .map(a -> new Option(
                                a.slug(), a.name(), filters.audiences().contains(a.slug())))
                        .toList(),
                catalogue.accessibilityFeatures().stream()
                        .map(a -> new Option(
                                a.slug(), a.name(), filters.accessibility().contains(a.slug())))
                        .toList(),
                LANGUAGES.stream()
                        .map(code -> new Option(
                                code,
                                Locale.forLanguageTag(code).getDisplayLanguage(Locale.UK),
                                code.equals(filters.language())))
                        .toList(),
                List.of(
                        new Option("in-person", "In person", "in-person".equals(filters.mode())),
                        new Option("online", "Online", "online".equals(filters.mode())),
                        new Option("at-home", "At home or by phone", "at-home".equals(filters.mode()))));
    }

    private static Option day(String code, String name, SearchQuery.Filters filters) {
        return new Option(code, name, filters.days().contains(code));
    }
}
