package org.healthdirectory.language;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import org.healthdirectory.content.ContentFiles;

/**
 * The directory's own words from content/ (domain and tag names, audiences, accessibility features,
 * urgent-help text) in the reader's language, read from the files beside the English ones
 * ({@code domains.ur.json}, {@code audiences.ur.json}...). Anything missing falls back to English, and the
 * sync test makes sure nothing is missing.
 */
@ApplicationScoped
@Named("translated")
public class ContentTranslations {

    /** A domain's name and description. */
    public record DomainText(String name, String description) {}

    /** What an urgent-help contact is for, and when it is open. */
    public record ContactText(String when, String hours) {}

    record Domains(String translatedBy, Map<String, DomainText> domains, Map<String, String> tags) {}

    record Names(String translatedBy, Map<String, String> names) {}

    record UrgentHelpText(String translatedBy, Map<String, ContactText> contacts) {}

    private final Map<Language, Domains> domains = new EnumMap<>(Language.class);
    private final Map<Language, Names> audiences = new EnumMap<>(Language.class);
    private final Map<Language, Names> accessibility = new EnumMap<>(Language.class);
    private final Map<Language, UrgentHelpText> urgentHelp = new EnumMap<>(Language.class);
    private final ReaderLanguage reader;

    ContentTranslations(ReaderLanguage reader) {
        this.reader = reader;
        for (Language language : Language.values()) {
            if (!language.isEnglish()) {
                domains.put(language, read("domains", language, new TypeReference<Domains>() {}));
                audiences.put(language, read("audiences", language, new TypeReference<Names>() {}));
                accessibility.put(language, read("accessibility", language, new TypeReference<Names>() {}));
                urgentHelp.put(language, read("urgent-help", language, new TypeReference<UrgentHelpText>() {}));
            }
        }
    }

    /** The content file for a language, e.g. "domains" and Urdu → content/domains.ur.json. */
    public static String fileName(String kind, Language language) {
        return kind + "." + language.code() + ".json";
    }

    private static <T> T read(String kind, Language language, TypeReference<T> type) {
        return ContentFiles.readJson(fileName(kind, language), type);
    }

    private Language language() {
        return reader.current();
    }

    public String domainName(String slug, String english) {
        Domains d = domains.get(language());
        DomainText text = d == null ? null : d.domains().get(slug);
        return text == null ? english : text.name();
    }

    public String domainDescription(String slug, String english) {
        Domains d = domains.get(language());
        DomainText text = d == null ? null : d.domains().get(slug);
        return text == null ? english : text.description();
    }

    public String tagName(String slug, String english) {
        Domains d = domains.get(language());
        return d == null || d.tags() == null ? english : d.tags().getOrDefault(slug, english);
    }

    public String audienceName(String slug, String english) {
        Names n = audiences.get(language());
        return n == null ? english : n.names().getOrDefault(slug, english);
    }

    public String accessibilityName(String slug, String english) {
        Names n = accessibility.get(language());
        return n == null ? english : n.names().getOrDefault(slug, english);
    }

    /** An urgent-help contact's "when" and "hours" in the reader's language, found by the contact's name. */
    public ContactText contact(String name, ContactText english) {
        UrgentHelpText u = urgentHelp.get(language());
        return u == null ? english : u.contacts().getOrDefault(name, english);
    }

    /** Who translated the content files for a language (for the "About our translations" page). */
    public String translatedBy(Language language) {
        Domains d = domains.get(language);
        return d == null ? null : d.translatedBy();
    }
}
