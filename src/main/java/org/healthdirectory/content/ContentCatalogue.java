package org.healthdirectory.content;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The editorial vocabulary from content/: the six domains and their tags, who activities are for,
 * accessibility features and localities. Read once; the files ship inside the application.
 */
@ApplicationScoped
public class ContentCatalogue {

    public record TagEntry(String slug, String name) {}

    public record DomainEntry(String slug, String name, String description, List<TagEntry> tags) {}

    public record LocalityEntry(String slug, String name, String leadProvider, List<String> outcodes) {}

    private final List<DomainEntry> domains = ContentFiles.readJson("domains.json", new TypeReference<>() {});
    private final List<TagEntry> audiences = ContentFiles.readJson("audiences.json", new TypeReference<>() {});
    private final List<TagEntry> accessibilityFeatures =
            ContentFiles.readJson("accessibility.json", new TypeReference<>() {});
    private final List<LocalityEntry> localities = ContentFiles.readJson("localities.json", new TypeReference<>() {});
    private final Map<String, String> audienceNames = names(audiences);
    private final Map<String, String> accessibilityNames = names(accessibilityFeatures);

    public List<DomainEntry> domains() {
        return domains;
    }

    public List<TagEntry> audiences() {
        return audiences;
    }

    public List<TagEntry> accessibilityFeatures() {
        return accessibilityFeatures;
    }

    public List<LocalityEntry> localities() {
        return localities;
    }

    public String audienceName(String slug) {
        return audienceNames.getOrDefault(slug, slug);
    }

    public String accessibilityName(String slug) {
        return accessibilityNames.getOrDefault(slug, slug);
    }

    public boolean isAudience(String slug) {
        return audienceNames.containsKey(slug);
    }

    public boolean isAccessibilityFeature(String slug) {
        return accessibilityNames.containsKey(slug);
    }

    private static Map<String, String> names(List<TagEntry> entries) {
        return entries.stream()
                .collect(Collectors.toMap(TagEntry::slug, TagEntry::name, (a, b) -> a, LinkedHashMap::new));
    }
}
