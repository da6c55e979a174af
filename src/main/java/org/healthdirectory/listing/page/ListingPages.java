package org.healthdirectory.listing.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.healthdirectory.content.ContentCatalogue;
import org.healthdirectory.language.ContentTranslations;
import org.healthdirectory.language.PageWords;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.taxonomy.Tag;
import org.healthdirectory.taxonomy.TagLink;
import org.healthdirectory.vetting.Checks;
import org.healthdirectory.web.DirectoryConfig;

/**
 * Reads one published listing for its public page. The listing's places, sessions, organisation and
 * tags are lazy associations, so everything the page shows is copied out inside one transaction.
 */
@ApplicationScoped
public class ListingPages {

    /** What the page shows: the listing, its organisation's check badges, its address and its tag links. */
    public record Shown(ListingView listing, List<String> checks, String address, List<TagLink> tags) {}

    private final ListingRepository listings;
    private final ContentCatalogue catalogue;
    private final ContentTranslations translated;
    private final PageWords words;
    private final Checks checks;
    private final DirectoryConfig config;
    private final Clock clock;

    ListingPages(
            ListingRepository listings,
            ContentCatalogue catalogue,
            ContentTranslations translated,
            PageWords words,
            Checks checks,
            DirectoryConfig config,
            Clock clock) {
        this.listings = listings;
        this.catalogue = catalogue;
        this.translated = translated;
        this.words = words;
        this.checks = checks;
        this.config = config;
        this.clock = clock;
    }

    /** The published listing with this id; any other is not found. */
    @Transactional
    public Shown published(UUID id) {
        Listing listing = listings.findPublishedForPage(id).orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
        return new Shown(
                ListingView.from(
                        listing,
                        catalogue,
                        translated,
                        words,
                        today,
                        config.freshness().outOfDateMonths()),
                checks.badges(listing.getOrganisation().getId(), words::checkBadge, words.month()),
                config.baseUrl() + "/listings/" + listing.getId(),
                listing.getTags().stream()
                        .sorted(Comparator.comparing(Tag::getName))
                        .map(t -> new TagLink(translated.tagName(t.getSlug(), t.getName()), t.href()))
                        .toList());
    }
}
