package org.healthdirectory.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Searches typed in Urdu, Polish, Arabic and Bengali become the English words search knows. */
@Tag("unit")
class TypedLanguagesTest {

    private final TypedLanguages languages = TypedLanguages.fromContent();

    @Test
    void eachLanguagesWordsForWalkingAndBenefitsBecomeEnglish() {
        assertEquals("walking", languages.toEnglish("پیدل چلنا"));
        assertEquals("benefits", languages.toEnglish("بینیفٹس"));
        assertEquals("walking", languages.toEnglish("Spacery"));
        assertEquals("benefits", languages.toEnglish("zasiłki"));
        assertEquals("walking", languages.toEnglish("المشي"));
        assertEquals("benefits", languages.toEnglish("الإعانات"));
        assertEquals("walking", languages.toEnglish("হাঁটা"));
        assertEquals("benefits", languages.toEnglish("বেনিফিট"));
    }

    @Test
    void marksAndAccentsAreFoldedTheSameWayOnBothSides() {
        // Arabic with its short-vowel marks typed in, Polish typed without its accents, Bengali without the
        // nasal mark (chandrabindu) and vowel signs: all are the same word once folded.
        assertEquals("walking", languages.toEnglish("المَشْي"));
        assertEquals("exercise", languages.toEnglish("cwiczenia"));
        assertEquals("walking", languages.toEnglish("হাটা"));
        assertEquals("lonely", languages.toEnglish("SAMOTNOŚĆ"));
    }

    @Test
    void theLongestPhraseWinsAndUnknownWordsStay() {
        assertEquals("domestic abuse", languages.toEnglish("przemoc domowa"));
        assertEquals("walking m11", languages.toEnglish("spacer M11"));
        assertEquals("chair yoga", languages.toEnglish("chair yoga"));
    }

    @Test
    void rejectsALineWithoutALanguage() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> TypedLanguages.parse("spacer => walking"));
    }
}
