package org.healthdirectory.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.healthdirectory.content.MarkdownPages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every language has every sentence, every content name and every public content page, says who translated
 * it, and has no English left in it except names, codes and the few words that are the same in that language.
 */
@Tag("unit")
class TranslationsInSyncTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path CONTENT = Path.of("content");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Names, codes and examples that stay in Latin letters in every language. */
    private static final Pattern KEPT_IN_LATIN = Pattern.compile(
            "\\{\\w+}|M11 3FF|M11|Gorton|Clayton Medical Centre|name@example\\.com|GP|BBC|Shift|QR|A4|LGBTQ\\+?|COPD|BSL|DBS|NHS|SMS|E-mail|Men's sheds");

    /** Words that are the same in Polish as in English. */
    private static final Set<String> SAME_IN_POLISH = Set.of("menu", "online", "online111");

    static Stream<Language> translated() {
        return Arrays.stream(Language.values()).filter(l -> !l.isEnglish());
    }

    /** Each message bundle: its interface (the English) and the start of its files' names. */
    private static final Map<Class<?>, String> BUNDLES = Map.of(Messages.class, "msg_", MoreMessages.class, "txt_");

    private static Map<String, String> english(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods())
                .collect(Collectors.toMap(
                        m -> m.getName(), m -> m.getAnnotation(Message.class).value()));
    }

    private static Properties bundle(String prefix, Language language) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(MESSAGES.resolve(prefix + language.code() + ".properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static boolean writtenInOtherScript(Language language) {
        return language != Language.POLISH;
    }

    /** Latin words left after taking out names and codes: in Arabic, Urdu or Bengali, these are English. */
    private static List<String> latinWords(String text) {
        Matcher words = Pattern.compile("[A-Za-z]{2,}")
                .matcher(KEPT_IN_LATIN.matcher(text).replaceAll(""));
        List<String> found = new ArrayList<>();
        while (words.find()) {
            found.add(words.group());
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("translated")
    void everySentenceIsTranslated(Language language) throws IOException {
        for (Map.Entry<Class<?>, String> messages : BUNDLES.entrySet()) {
            everySentenceIsTranslated(language, english(messages.getKey()), bundle(messages.getValue(), language));
        }
    }

    private static void everySentenceIsTranslated(Language language, Map<String, String> english, Properties bundle) {
        assertEquals(
                new TreeSet<>(english.keySet()), new TreeSet<>(bundle.stringPropertyNames()), "keys in " + language);
        for (Map.Entry<String, String> sentence : english.entrySet()) {
            String translated = bundle.getProperty(sentence.getKey());
            assertFalse(translated.isBlank(), sentence.getKey() + " is empty in " + language);
            if (!(language == Language.POLISH && SAME_IN_POLISH.contains(sentence.getKey()))) {
                assertFalse(
                        translated.equals(sentence.getValue()), sentence.getKey() + " is still English in " + language);
            }
            if (writtenInOtherScript(language)) {
                assertEquals(
                        List.of(),
                        latinWords(translated),
                        sentence.getKey() + " has English words in " + language + ": " + translated);
            }
            assertEquals(
                    placeholders(sentence.getValue()),
                    placeholders(translated),
                    sentence.getKey() + " must keep its {placeholders} in " + language);
        }
    }

    private static Set<String> placeholders(String text) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(text);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @ParameterizedTest
    @MethodSource("translated")
    void everyBundleSaysWhoTranslatedItAndThatNoFluentSpeakerHasReviewedIt(Language language) throws IOException {
        for (String prefix : BUNDLES.values()) {
            String file = Files.readString(
                    MESSAGES.resolve(prefix + language.code() + ".properties"), StandardCharsets.UTF_8);
            assertTrue(
                    file.startsWith("# ") && file.contains("Machine-drafted by the development team; not yet reviewed"),
                    prefix + language.code() + ".properties must say who translated it");
        }
        assertFalse(bundle("msg_", language).getProperty("translatedBy").isBlank());
    }

    @ParameterizedTest
    @MethodSource("translated")
    void everyContentNameIsTranslated(Language language) throws IOException {
        JsonNode domains = JSON.readTree(CONTENT.resolve("domains.json").toFile());
        JsonNode translatedDomains = read("domains", language);
        for (JsonNode domain : domains) {
            String slug = domain.get("slug").asText();
            JsonNode t = translatedDomains.path("domains").path(slug);
            checkTranslated(
                    language,
                    "domain " + slug,
                    domain.get("name").asText(),
                    t.path("name").asText());
            checkTranslated(
                    language,
                    "domain description " + slug,
                    domain.get("description").asText(),
                    t.path("description").asText());
            for (JsonNode tag : domain.get("tags")) {
                String tagSlug = tag.get("slug").asText();
                checkTranslated(
                        language,
                        "tag " + tagSlug,
                        tag.get("name").asText(),
                        translatedDomains.path("tags").path(tagSlug).asText());
            }
        }
        for (String kind : List.of("audiences", "accessibility")) {
            JsonNode names = read(kind, language).path("names");
            for (JsonNode entry : JSON.readTree(CONTENT.resolve(kind + ".json").toFile())) {
                String slug = entry.get("slug").asText();
                checkTranslated(
                        language,
                        kind + " " + slug,
                        entry.get("name").asText(),
                        names.path(slug).asText());
            }
        }
        JsonNode contacts = read("urgent-help", language).path("contacts");
        for (JsonNode contact :
                JSON.readTree(CONTENT.resolve("urgent-help.json").toFile()).get("contacts")) {
            String name = contact.get("name").asText();
            JsonNode t = contacts.path(name);
            checkTranslated(
                    language,
                    "urgent help " + name,
                    contact.get("when").asText(),
                    t.path("when").asText());
            checkTranslated(
                    language,
                    "urgent help hours " + name,
                    contact.get("hours").asText(),
                    t.path("hours").asText());
        }
        for (String kind : List.of("domains", "audiences", "accessibility", "urgent-help")) {
            assertFalse(read(kind, language).path("translatedBy").asText().isBlank(), kind + " says who translated it");
        }
    }

    /** Pages for groups and providers stay English for now, as the rest of their pages do. */
    private static final Set<String> PROVIDER_PAGES = Set.of("help-for-providers");

    /**
     * Every public content page is in every language, with the same headings and list items as the English
     * (so nothing was left out), and links to the English page, which is the one that counts.
     */
    @ParameterizedTest
    @MethodSource("translated")
    void everyPublicContentPageIsTranslated(Language language) throws IOException {
        List<String> slugs;
        try (Stream<Path> files = Files.list(CONTENT.resolve("pages"))) {
            slugs = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.matches("[a-z0-9-]+\\.md"))
                    .map(name -> name.substring(0, name.length() - ".md".length()))
                    .filter(slug -> !PROVIDER_PAGES.contains(slug))
                    .sorted()
                    .toList();
        }
        assertFalse(slugs.isEmpty());
        for (String slug : slugs) {
            Path file = CONTENT.resolve(MarkdownPages.fileName(slug, language.code()));
            assertTrue(Files.exists(file), file + " is missing");
            String english = Files.readString(CONTENT.resolve(MarkdownPages.fileName(slug, "en")));
            String translated = Files.readString(file);
            assertTrue(translated.startsWith("# "), file + " starts with its title");
            assertEquals(lines(english, "#"), lines(translated, "#"), "headings in " + file);
            assertEquals(lines(english, "- "), lines(translated, "- "), "list items in " + file);
            assertTrue(translated.contains("(/pages/" + slug + "?lang=en)"), file + " links to the English page");
            for (String line : english.lines().filter(l -> l.startsWith("#")).toList()) {
                assertFalse(translated.contains(line + "\n"), "still English in " + file + ": " + line);
            }
        }
    }

    private static long lines(String markdown, String start) {
        return markdown.lines().filter(line -> line.startsWith(start)).count();
    }

    private static JsonNode read(String kind, Language language) throws IOException {
        return JSON.readTree(
                CONTENT.resolve(ContentTranslations.fileName(kind, language)).toFile());
    }

    private static void checkTranslated(Language language, String what, String english, String translated) {
        assertFalse(translated.isBlank(), what + " is missing in " + language);
        assertFalse(translated.equals(english), what + " is still English in " + language);
        if (writtenInOtherScript(language)) {
            assertEquals(List.of(), latinWords(translated), what + " has English words in " + language);
        }
    }
}
