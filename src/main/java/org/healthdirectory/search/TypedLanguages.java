package org.healthdirectory.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthdirectory.content.ContentFiles;
import org.healthdirectory.text.Words;

/**
 * Reads a search typed in Urdu, Polish, Arabic or Bengali as the English words the rest of search knows
 * (content/search-translations.txt): "پیدل چلنا" → "walking", "zasiłki" → "benefits". Both sides are folded
 * by {@link Words}, so marks, accents and case do not matter. Words it does not know are kept as typed.
 */
public final class TypedLanguages {

    static final Set<String> LANGUAGES = Set.of("ur", "pl", "ar", "bn");

    private record Entry(String[] phrase, String english) {}

    /** By each phrase's first word, so a search looks only at the phrases that can start at a word. */
    private final Map<String, List<Entry>> entriesByFirstWord;

    private TypedLanguages(List<Entry> entries) {
        this.entriesByFirstWord = entries.stream().collect(Collectors.groupingBy(e -> e.phrase()[0]));
    }

    /** The directory's own list, from content/search-translations.txt. */
    public static TypedLanguages fromContent() {
        return parse(ContentFiles.readText("search-translations.txt").orElse(""));
    }

    /** From the file's text: "language: phrase, phrase => english words" per line. */
    public static TypedLanguages parse(String file) {
        List<Entry> entries = new ArrayList<>();
        file.lines()
                .map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(line -> {
                    String[] languageRest = line.split(":", 2);
                    String[] sides = languageRest.length == 2 ? languageRest[1].split("=>") : new String[0];
                    if (sides.length != 2 || !LANGUAGES.contains(languageRest[0].trim())) {
                        throw new IllegalArgumentException("Expected \"ur|pl|ar|bn: words => english\" in: " + line);
                    }
                    String english = String.join(" ", Words.of(sides[1]));
                    Arrays.stream(sides[0].split(","))
                            .map(Words::of)
                            .filter(phrase -> phrase.length > 0)
                            .forEach(phrase -> entries.add(new Entry(phrase, english)));
                });
        return new TypedLanguages(List.copyOf(entries));
    }

    /** The typed text with every known phrase (longest first) replaced by its English words. */
    public String toEnglish(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String[] tokens = Words.of(typed);
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < tokens.length; ) {
            Entry best = null;
            for (Entry entry : entriesByFirstWord.getOrDefault(tokens[i], List.of())) {
                if ((best == null || entry.phrase().length > best.phrase().length)
                        && startsAt(tokens, i, entry.phrase())) {
                    best = entry;
                }
            }
            if (best == null) {
                out.add(tokens[i]);
                i++;
            } else {
                out.add(best.english());
                i += best.phrase().length;
                changed = true;
            }
        }
        return changed ? String.join(" ", out) : typed;
    }

    private static boolean startsAt(String[] tokens, int start, String[] phrase) {
        if (start + phrase.length > tokens.length) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!tokens[start + i].equals(phrase[i])) {
                return false;
            }
        }
        return true;
    }
}
