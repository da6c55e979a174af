package org.healthdirectory.listing.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

/** The public page of one published listing: everything a person needs to go along. */
@Path("/listings")
@Produces(MediaType.TEXT_HTML)
public class ListingPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance listing(ListingView listing, List<String> checks, Page page);
    }

    private final ListingRepository listings;
    private final ContentCatalogue catalogue;
    private final Clock clock;
    private final DirectoryConfig config;
    private final Checks checks;
    private final ContentTranslations translated;
    private final PageWords words;

    ListingPageResource(
            ListingRepository listings,
            ContentCatalogue catalogue,
            Clock clock,
            DirectoryConfig config,
            Checks checks,
            ContentTranslations translated,
            PageWords words) {
        this.translated = translated;
        this.words = words;
        this.listings = listings;
        this.catalogue = catalogue;
        this.clock = clock;
        this.config = config;
        this.checks = checks;
    }

    @GET
    @Path("/{id}")
    @Transactional
    public TemplateInstance listing(@PathParam("id") String id, @QueryParam("back") String back) {
        UUID uuid = parse(id);
        Listing listing = listings.findPublishedForPage(uuid).orElseThrow(NotFoundException::new);
        LocalDate today = LocalDate.ofInstant(clock.instant(), UkTime.ZONE);
        return Templates.listing(
                ListingView.from(
                        listing,
                        catalogue,
                        translated,
                        words,
                        today,
                        config.freshness().outOfDateMonths()),
                checks.badges(listing.getOrganisation().getId()),
                new Page(
                        BackLink.from(back),
                        config.baseUrl() + "/listings/" + listing.getId(),
                        listing.getTags().stream()
                                .sorted(Comparator.comparing(Tag::getName))
                                .map(t -> new TagLink(translated.tagName(t.getSlug(), t.getName()), t.href()))
                                .toList()));
    }

    /**
     * Where "Back" goes (the person's own search when they came from one), this page's full address (for
     * "Share this activity") and links to the pages of its tags.
     */
    public record Page(BackLink back, String address, List<TagLink> tags) {}

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
