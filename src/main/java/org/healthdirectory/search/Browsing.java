package org.healthdirectory.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.taxonomy.DomainRepository;
import org.healthdirectory.taxonomy.Tag;
import org.healthdirectory.taxonomy.TagRepository;

/**
 * The domains and tags people browse by, for the home, search, domain and tag pages. Each read is one
 * transaction and hands back plain records (names as stored; the pages translate them), so no page
 * touches an entity or a lazy association.
 */
@ApplicationScoped
public class Browsing {

    /** A domain, in the order the home page shows them. */
    public record DomainEntry(String slug, String name, String description) {}

    /** A tag and the address of its page. */
    public record TagEntry(String slug, String name, String href) {}

    /** A tag with the name of the domain it belongs to. */
    public record TagInDomain(TagEntry tag, String domainName) {}

    private final DomainRepository domains;
    private final TagRepository tags;
    private final ListingRepository listings;

    Browsing(DomainRepository domains, TagRepository tags, ListingRepository listings) {
        this.domains = domains;
        this.tags = tags;
        this.listings = listings;
    }

    @Transactional
    public List<DomainEntry> domains() {
        return domains.listInOrder().stream()
                .map(d -> new DomainEntry(d.getSlug(), d.getName(), d.getDescription()))
                .toList();
    }

    @Transactional
    public boolean hasDomain(String slug) {
        return domains.findBySlug(slug).isPresent();
    }

    /** How many published entries each domain has, by domain slug; domains with none are left out. */
    @Transactional
    public Map<String, Long> publishedCountByDomain() {
        return listings.countPublishedByDomain();
    }

    @Transactional
    public List<TagEntry> tagsIn(String domainSlug) {
        return tags.inDomain(domainSlug).stream().map(Browsing::entry).toList();
    }

    /** The tag with this slug, if it belongs to the domain with that slug. */
    @Transactional
    public Optional<TagInDomain> tag(String domainSlug, String tagSlug) {
        return tags.findBySlug(tagSlug)
                .filter(t -> t.getDomain().getSlug().equals(domainSlug))
                .map(t -> new TagInDomain(entry(t), t.getDomain().getName()));
    }

    private static TagEntry entry(Tag tag) {
        return new TagEntry(tag.getSlug(), tag.getName(), tag.href());
    }
}
