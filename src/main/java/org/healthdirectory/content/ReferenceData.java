package org.healthdirectory.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.healthdirectory.geo.Locality;
import org.healthdirectory.geo.LocalityRepository;
import org.healthdirectory.taxonomy.Domain;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.taxonomy.Tag;
import org.healthdirectory.taxonomy.TagRepository;

/**
 * Brings the domains, tags and localities in the database in line with content/ at every start.
 * Ids are derived from slugs, so they stay the same on every machine and every restart.
 */
@ApplicationScoped
public class ReferenceData {

    private final ContentCatalogue catalogue;
    private final DomainRepository domains;
    private final TagRepository tags;
    private final LocalityRepository localities;

    ReferenceData(
            ContentCatalogue catalogue, DomainRepository domains, TagRepository tags, LocalityRepository localities) {
        this.catalogue = catalogue;
        this.domains = domains;
        this.tags = tags;
        this.localities = localities;
    }

    public static UUID stableId(String kind, String slug) {
        return UUID.nameUUIDFromBytes((kind + ":" + slug).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional
    public void synchronise() {
        int position = 0;
        for (ContentCatalogue.DomainEntry entry : catalogue.domains()) {
            int order = position++;
            Domain domain = domains.findBySlug(entry.slug()).orElseGet(() -> {
                Domain created = new Domain(
                        stableId("domain", entry.slug()), entry.slug(), entry.name(), entry.description(), order);
                domains.persist(created);
                return created;
            });
            domain.update(entry.name(), entry.description(), order);
            for (ContentCatalogue.TagEntry tagEntry : entry.tags()) {
                tags.findBySlug(tagEntry.slug())
                        .ifPresentOrElse(
                                tag -> tag.rename(tagEntry.name()),
                                () -> tags.persist(new Tag(
                                        stableId("tag", tagEntry.slug()), tagEntry.slug(), tagEntry.name(), domain)));
            }
        }
        for (ContentCatalogue.LocalityEntry entry : catalogue.localities()) {
            localities
                    .findBySlug(entry.slug())
                    .ifPresentOrElse(
                            locality -> locality.update(entry.name(), entry.leadProvider(), entry.outcodes()),
                            () -> localities.persist(new Locality(
                                    stableId("locality", entry.slug()),
                                    entry.slug(),
                                    entry.name(),
                                    entry.leadProvider(),
                                    entry.outcodes())));
        }
    }
}
