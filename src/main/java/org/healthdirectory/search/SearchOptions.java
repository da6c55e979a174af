package org.healthdirectory.search;

import io.quarkus.qute.TemplateData;
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

/**
 * The choices under "More filters", each marked if it is chosen in the current search. Labels are in the
 * reader's language and each checkbox knows its own field name and id, so the page draws them without
 * looking anything up per box.
 */
@TemplateData
public record SearchOptions(
        Checkboxes days,
        Checkboxes times,
        Checkboxes audiences,
        Checkboxes accessibility,
        List<Option> languages,
        List<Option> modes) {

    /** A group of checkboxes for one query parameter ({@code name}), under its legend. */
    @TemplateData
    public record Checkboxes(String name, String legend, List<Checkbox> boxes) {

        static Checkboxes of(String name, String legend, List<Option> options) {
            return new Checkboxes(
                    name,
                    legend,
                    options.stream()
                            .map(o -> new Checkbox(name + "-" + o.value(), name, o.value(), o.label(), o.selected()))
                            .toList());
        }
    }

    /** One checkbox: its element id, the parameter it sends, the value, its label and whether it is ticked. */
    @TemplateData
    public record Checkbox(String id, String name, String value, String label, boolean checked) {}

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
                Checkboxes.of(
                        "day",
                        msg.days(),
                        Arrays.stream(DayOfWeek.values())
                                .map(day -> day(day, names, filters))
                                .toList()),
                Checkboxes.of(
                        "time",
                        msg.timeOfDay(),
                        List.of(
                                new Option(
                                        "morning",
                                        msg.morning(),
                                        filters.times().contains("morning")),
                                new Option(
                                        "afternoon",
                                        msg.afternoon(),
                                        filters.times().contains("afternoon")),
                                new Option(
                                        "evening",
                                        msg.evening(),
                                        filters.times().contains("evening")))),
                Checkboxes.of(
                        "audience",
                        msg.whoItIsFor(),
                        catalogue.audiences().stream()
                                .map(a -> new Option(
                                        a.slug(),
                                        translated.audienceName(a.slug(), a.name()),
                                        filters.audiences().contains(a.slug())))
                                .toList()),
                Checkboxes.of(
                        "access",
                        msg.accessibilityNeeds(),
                        catalogue.accessibilityFeatures().stream()
                                .map(a -> new Option(
                                        a.slug(),
                                        translated.accessibilityName(a.slug(), a.name()),
                                        filters.accessibility().contains(a.slug())))
                                .toList()),
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
