package org.healthdirectory.urgenthelp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.healthdirectory.urgenthelp.CrisisWords.Kind;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words in content/urgent-help-words.txt catch what people in crisis type, and leave other searches alone. */
@Tag("unit")
class CrisisWordsTest {

    private static final CrisisWords WORDS = load();

    private static CrisisWords load() {
        try {
            return CrisisWords.parse(Files.readString(Path.of("content/urgent-help-words.txt")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "suicidal",
                "Suicide",
                "suicidle",
                "sucidal thoughts",
                "suiside",
                "i want to die",
                "I just want to die",
                "i wanna die",
                "I want to kill myself",
                "killing myself",
                "hurting myself",
                "self-harm",
                "self harm support",
                "selfharm",
                "cutting myself",
                "crisis",
                "crissis",
                "mental health crisis",
                "I can't go on",
                "dont want to live anymore",
                "better off dead",
                "overdose",
                "end it all"
            })
    void crisisWordsShowUrgentHelp(String typed) {
        assertEquals(Set.of(Kind.CRISIS), WORDS.match(typed), typed);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "domestic abuse",
                "domestic violence",
                "my partner hits me",
                "My husband beats me",
                "abusive relationship",
                "abused",
                "abusse",
                "scared of my partner",
                "coercive control",
                "forced marriage",
                "raped",
                "sexual assault"
            })
    void abuseWordsShowUrgentHelpAndTheQuickExit(String typed) {
        assertEquals(Set.of(Kind.ABUSE), WORDS.match(typed), typed);
    }

    @ParameterizedTest
    @CsvSource({"my partner hits me and I want to die"})
    void bothAtOnce(String typed) {
        assertEquals(Set.of(Kind.CRISIS, Kind.ABUSE), WORDS.match(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "walking group",
                "art",
                "dieting",
                "diet",
                "die cast models",
                "refugee advice",
                "crisps",
                "amusement",
                "cricket",
                "hit songs choir",
                "self help group",
                "harmony singing",
                "dementia",
                "bereavement",
                "lonely",
                "food bank",
                "kill time",
                ""
            })
    void everydaySearchesDoNot(String typed) {
        assertEquals(Set.of(), WORDS.match(typed), typed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "lonely and depressed, I want to die|lonely and depressed i",
                "suicidal|''",
                "walking group|walking group",
                "my partner hits me, need a lawyer|my partner need a lawyer"
            })
    void theWordsThatCalledUpHelpAreLeftOutOfTheActivitySearch(String typed, String rest) {
        assertEquals(rest, WORDS.withoutMatches(typed), typed);
    }
}
