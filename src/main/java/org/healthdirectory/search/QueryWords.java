package org.healthdirectory.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.healthdirectory.text.Words;

/**
 * Turns what someone typed into what search should look for. Words common to nearly every entry
 * ("group", "club", "help", "for"; content/search-common-words.txt) are left out, and conditions and
 * needs ("wheelchair", "alzheimer's", "lonliness"; content/search-vocabulary.txt) become concepts that
 * also match who an entry is for, its accessibility features and its tags. Apostrophes are folded:
 * "alzheimer's" is "alzheimers".
 */
public final class QueryWords {

    /** A condition or need and the audience, accessibility and tag slugs that serve it. */
    public record Concept(String phrase, List<String> audiences, List<String> accessibility, List<String> tags) {}

    /**
     * The words to match as text (common words left out), the concepts found, and every meaningful
     * word as typed (for the "exact words count extra" clause).
     */
    public record Analysed(List<String> words, List<Concept> concepts, String meaningful) {

        public String text() {
            return words.isEmpty() ? null : String.join(" ", words);
        }

        public boolean isEmpty() {
            return words.isEmpty() && concepts.isEmpty();
        }
    }

    private record Entry(
            List<String[]> phrases, List<String> audiences, List<String> accessibility, List<String> tags) {}

    /** A phrase of the vocabulary and the entry it belongs to. */
    private record Phrase(String[] words, Entry entry) {}

    private final Set<String> commonWords;

    /** By each phrase's first word, so a search looks only at the phrases that can start at a word. */
    private final Map<String, List<Phrase>> phrasesByFirstWord;

    private QueryWords(Set<String> commonWords, List<Entry> vocabulary) {
        this.commonWords = commonWords;
        this.phrasesByFirstWord = vocabulary.stream()
                .flatMap(entry -> entry.phrases().stream().map(words -> new Phrase(words, entry)))
                .collect(Collectors.groupingBy(phrase -> phrase.words()[0]));
    }

    /** From the two content files' text (see their headers for the format). */
    public static QueryWords parse(String commonWordsFile, String vocabularyFile) {
        Set<String> common = new HashSet<>();
        for (String line : lines(commonWordsFile)) {
            common.addAll(Arrays.asList(Words.of(line)));
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : lines(vocabularyFile)) {
            String[] sides = line.split("=>");
            if (sides.length != 2) {
                throw new IllegalArgumentException("A vocabulary line needs words => slugs: " + line);
            }
            List<String[]> phrases = Arrays.stream(sides[0].split(","))
                    .map(Words::of)
                    .filter(w -> w.length > 0)
                    .toList();
            List<String> audiences = new ArrayList<>();
            List<String> accessibility = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String target : sides[1].split(",")) {
                String[] kindSlug = target.trim().split(":", 2);
                if (kindSlug.length != 2) {
                    throw new IllegalArgumentException("Expected audience:, access: or tag: in " + line);
                }
                switch (kindSlug[0].trim()) {
                    case "audience" -> audiences.add(kindSlug[1].trim());
                    case "access" -> accessibility.add(kindSlug[1].trim());
                    case "tag" -> tags.add(kindSlug[1].trim());
                    default -> throw new IllegalArgumentException("Unknown kind " + kindSlug[0] + " in " + line);
                }
            }
            entries.add(new Entry(phrases, List.copyOf(audiences), List.copyOf(accessibility), List.copyOf(tags)));
        }
        return new QueryWords(Set.copyOf(common), List.copyOf(entries));
    }

    public Analysed analyse(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Analysed(List.of(), List.of(), null);
        }
        String[] tokens = Words.of(typed);
        boolean[] used = new boolean[tokens.length];
        Set<Concept> concepts = new LinkedHashSet<>();
        for (int start = 0; start < tokens.length; start++) {
            if (used[start]) {
                continue;
            }
            Match best = longestMatch(tokens, start);
            if (best != null) {
                for (int i = start; i < start + best.length(); i++) {
                    used[i] = true;
                }
                Entry entry = best.entry();
                concepts.add(new Concept(
                        String.join(" ", Arrays.copyOfRange(tokens, start, start + best.length())),
                        entry.audiences(),
                        entry.accessibility(),
                        entry.tags()));
            }
        }
        List<String> words = new ArrayList<>();
        List<String> meaningful = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            boolean common = commonWords.contains(tokens[i]);
            if (!common) {
                meaningful.add(tokens[i]);
            }
            if (!used[i] && !common) {
                words.add(tokens[i]);
            }
        }
        if (words.isEmpty() && concepts.isEmpty()) {
            // Only common words ("help"): search for them rather than for nothing.
            words.addAll(Arrays.asList(tokens));
            meaningful.addAll(words);
        }
        return new Analysed(
                List.copyOf(words), List.copyOf(concepts), meaningful.isEmpty() ? null : String.join(" ", meaningful));
    }

    private record Match(Entry entry, int length) {}

    private Match longestMatch(String[] tokens, int start) {
        Match best = null;
        for (Phrase phrase : phrasesByFirstWord.getOrDefault(tokens[start], List.of())) {
            if ((best == null || phrase.words().length > best.length()) && startsWith(tokens, start, phrase.words())) {
                best = new Match(phrase.entry(), phrase.words().length);
            }
        }
        return best;
    }

    private static boolean startsWith(String[] tokens, int start, String[] phrase) {
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

    private static List<String> lines(String file) {
        return file.lines()
                .map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }
}
