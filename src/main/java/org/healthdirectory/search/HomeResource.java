package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.healthdirectory.language.ContentTranslations;
import org.healthdirectory.listing.ListingRepository;
import org.healthdirectory.taxonomy.DomainRepository;

/** The home page: a search box and the six domains with how many activities each has. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    public record DomainCard(String slug, String name, String description, long count) {}

    public record HomeView(List<DomainCard> domains) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(HomeView view);
    }

    private final DomainRepository domains;
    private final ListingRepository listings;
    private final ContentTranslations translated;

    HomeResource(DomainRepository domains, ListingRepository listings, ContentTranslations translated) {
        this.domains = domains;
        this.listings = listings;
        this.translated = translated;
    }

    @GET
    @Transactional
    public TemplateInstance home() {
        Map<String, Long> counts = listings.countPublishedByDomain();
        List<DomainCard> cards = domains.listInOrder().stream()
                .map(d -> new DomainCard(
                        d.getSlug(),
                        translated.domainName(d.getSlug(), d.getName()),
                        translated.domainDescription(d.getSlug(), d.getDescription()),
                        counts.getOrDefault(d.getSlug(), 0L)))
                .toList();
        return Templates.home(new HomeView(cards));
    }
}
