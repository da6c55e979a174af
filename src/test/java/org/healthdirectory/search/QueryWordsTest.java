package org.healthdirectory.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.healthdirectory.content.ContentCatalogue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What search looks for, from what people type, with the real files in content/. */
@Tag("unit")
class QueryWordsTest {

    private static final QueryWords WORDS =
            QueryWords.parse(read("content/search-common-words.txt"), read("content/search-vocabulary.txt"));

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void wordsCommonToEveryEntryAreLeftOut() {
        assertEquals(List.of("walking"), WORDS.analyse("walking group").words());
        assertEquals(List.of("art"), WORDS.analyse("Art class for me").words());
        assertEquals(List.of("lunch"), WORDS.analyse("lunch club near me").words());
    }

    @Test
    void onlyCommonWordsAreStillSearchedFor() {
        assertEquals(List.of("help"), WORDS.analyse("help").words());
    }

    @Test
    void apostrophesAreFoldedAndConditionsBecomeConcepts() {
        for (String typed : List.of("alzheimer's", "Alzheimer’s", "alzheimers", "ALZHEIMERS")) {
            QueryWords.Analysed analysed = WORDS.analyse(typed);
            assertEquals(List.of(), analysed.words(), typed);
            assertEquals(
                    List.of("dementia-friendly"), analysed.concepts().get(0).audiences(), typed);
        }
    }

    @Test
    void aConditionNextToOtherWordsKeepsTheOtherWords() {
        QueryWords.Analysed analysed = WORDS.analyse("exercise for bad knees");
        assertEquals(List.of("exercise"), analysed.words());
        assertEquals("bad knees", analysed.concepts().get(0).phrase());
        assertTrue(analysed.concepts().get(0).accessibility().contains("seated-activity"));
    }

    @Test
    void misspellingsInTheVocabularyAreUnderstood() {
        assertTrue(WORDS.analyse("lonliness").concepts().get(0).tags().contains("befriending-by-phone"));
        assertTrue(WORDS.analyse("help with bills").concepts().get(0).tags().contains("energy-bills"));
    }

    /** A slug mistyped in the vocabulary would silently match nothing. */
    @Test
    void everySlugInTheVocabularyExists() {
        ContentCatalogue catalogue = new ContentCatalogue();
        List<String> tags = catalogue.domains().stream()
                .flatMap(d -> d.tags().stream())
                .map(ContentCatalogue.TagEntry::slug)
                .toList();
        for (String line : read("content/search-vocabulary.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            for (String target : line.split("=>")[1].split(",")) {
                String[] kindSlug = target.trim().split(":");
                boolean known = switch (kindSlug[0]) {
                    case "audience" -> catalogue.isAudience(kindSlug[1]);
                    case "access" -> catalogue.isAccessibilityFeature(kindSlug[1]);
                    case "tag" -> tags.contains(kindSlug[1]);
                    default -> false;
                };
                assertTrue(known, target.trim() + " in content/search-vocabulary.txt is not in content/");
            }
        }
    }
}
