package org.healthdirectory.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * How typed text is split into words, the same way for search and for spotting a crisis, so a word
 * that one of them recognises the other reads alike.
 */
public final class Words {

    private Words() {}

    /** Lowercase words without accents or apostrophes: "Don't" → "dont", "Alzheimer’s" → "alzheimers". */
    public static String[] of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.UK)
                .replaceAll("['’‘`]", "");
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
    }
}
