package org.healthdirectory.search;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.language.ContentTranslations;
import org.healthdirectory.language.Language;
import org.healthdirectory.language.Messages;
import org.healthdirectory.language.Translations;
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

    /**
     * The choices in the reader's language. When the page is not in English and no language is chosen
     * yet, the reader's own language is chosen in the "Language spoken" filter.
     */
    static SearchOptions from(
            SearchQuery.Filters filters, ContentCatalogue catalogue, ContentTranslations translated, Language reader) {
        Messages msg = Translations.messages(reader);
        Locale names = reader.isEnglish() ? Locale.UK : reader.locale();
        String language = filters.language() != null || reader.isEnglish() ? filters.language() : reader.code();
        return new SearchOptions(
                Arrays.stream(DayOfWeek.values())
                        .map(day -> day(day, names, filters))
                        .toList(),
                List.of(
                        new Option("morning", msg.morning(), filters.times().contains("morning")),
                        new Option("afternoon", msg.afternoon(), filters.times().contains("afternoon")),
                        new Option("evening", msg.evening(), filters.times().contains("evening"))),
                catalogue.audiences().stream()
                        .map(a -> new Option(
                                a.slug(),
                                translated.audienceName(a.slug(), a.name()),
                                filters.audiences().contains(a.slug())))
                        .toList(),
                catalogue.accessibilityFeatures().stream()
                        .map(a -> new Option(
                                a.slug(),
                                translated.accessibilityName(a.slug(), a.name()),
                                filters.accessibility().contains(a.slug())))
                        .toList(),
                LANGUAGES.stream()
                        .map(code -> new Option(
                                code, Locale.forLanguageTag(code).getDisplayLanguage(names), code.equals(language)))
                        .toList(),
                List.of(
                        new Option("in-person", msg.inPerson(), "in-person".equals(filters.mode())),
                        new Option("online", msg.online(), "online".equals(filters.mode())),
                        new Option("at-home", msg.atHome(), "at-home".equals(filters.mode()))));
    }

    private static Option day(DayOfWeek day, Locale names, SearchQuery.Filters filters) {
        String code = day.name().substring(0, 2);
        return new Option(
                code, day.getDisplayName(TextStyle.FULL, names), filters.days().contains(code));
    }
}
