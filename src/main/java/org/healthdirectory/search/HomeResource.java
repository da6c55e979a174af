package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.healthdirectory.language.ContentTranslations;

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

    private final Browsing browsing;
    private final ContentTranslations translated;

    HomeResource(Browsing browsing, ContentTranslations translated) {
        this.browsing = browsing;
        this.translated = translated;
    }

    @GET
    public TemplateInstance home() {
        Map<String, Long> counts = browsing.publishedCountByDomain();
        List<DomainCard> cards = browsing.domains().stream()
                .map(d -> new DomainCard(
                        d.slug(),
                        translated.domainName(d.slug(), d.name()),
                        translated.domainDescription(d.slug(), d.description()),
                        counts.getOrDefault(d.slug(), 0L)))
                .toList();
        return Templates.home(new HomeView(cards));
    }
}
