package org.healthdirectory.geo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode or outward code as a person might type it, normalised for look-ups. */
public record Postcode(String outcode, String incode) {

    // Outward code: area letters, district digit(s) and an optional letter; inward code: digit + 2 letters.
    private static final Pattern FULL = Pattern.compile("^([A-Z]{1,2}[0-9][0-9A-Z]?)([0-9][A-Z]{2})$");
    private static final Pattern OUTWARD = Pattern.compile("^[A-Z]{1,2}[0-9][0-9A-Z]?$");

    /** Parses "m11 3ff", "M113FF" or "M11"; empty if it is not shaped like a UK postcode. */
    public static Optional<Postcode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.UK);
        var full = FULL.matcher(compact);
        if (full.matches()) {
            return Optional.of(new Postcode(full.group(1), full.group(2)));
        }
        if (OUTWARD.matcher(compact).matches()) {
            return Optional.of(new Postcode(compact, null));
        }
        return Optional.empty();
    }

    public boolean isFull() {
        return incode != null;
    }

    /** The key used in the postcode table: upper case, no spaces. */
    public String key() {
        return isFull() ? outcode + incode : outcode;
    }

    /** The way people write it: "M11 3FF". */
    public String display() {
        return isFull() ? outcode + " " + incode : outcode;
    }
}
