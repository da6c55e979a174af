package org.healthdirectory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Neighbourhood and town names people type instead of a postcode ("Gorton", "chorlton cum hardy"),
 * each with the outward code it sits in. Editorial data in content/places.csv.
 */
public final class PlaceNames {

    public record Place(String name, String outcode) {}

    private static final Map<String, Place> BY_KEY = load();

    private PlaceNames() {}

    public static Optional<Place> find(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_KEY.get(key(text)));
    }

    /** Case, hyphens and extra spaces do not matter: "Chorlton-cum-Hardy" = "chorlton cum hardy". */
    static String key(String name) {
        return name.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", " ").trim();
    }

    private static Map<String, Place> load() {
        Map<String, Place> places = new HashMap<>();
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("content/places.csv");
        if (in == null) {
            in = PlaceNames.class.getClassLoader().getResourceAsStream("content/places.csv");
        }
        if (in == null) {
            return places;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            CsvReader.forEachRow(reader, row -> {
                String name = row.get("name");
                String outcode = row.get("outcode");
                if (name != null && !name.isBlank() && Postcode.parse(outcode).isPresent()) {
                    places.put(key(name), new Place(name.trim(), outcode.trim().toUpperCase(Locale.UK)));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read content/places.csv", e);
        }
        return places;
    }
}
