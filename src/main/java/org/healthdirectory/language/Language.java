package org.healthdirectory.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the public pages are offered in, each named in its own script so a reader finds theirs
 * without reading English. Arabic and Urdu read right to left.
 */
public enum Language {
    ENGLISH("en", "English", false),
    URDU("ur", "اردو", true),
    POLISH("pl", "Polski", false),
    ARABIC("ar", "العربية", true),
    BENGALI("bn", "বাংলা", false);

    private final String code;
    private final String ownName;
    private final boolean rightToLeft;

    Language(String code, String ownName, boolean rightToLeft) {
        this.code = code;
        this.ownName = ownName;
        this.rightToLeft = rightToLeft;
    }

    public String code() {
        return code;
    }

    public String ownName() {
        return ownName;
    }

    public String dir() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean isEnglish() {
        return this == ENGLISH;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** "ur", "UR" or "ur-PK" → Urdu; anything else → empty. */
    public static Optional<Language> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
    }
}
