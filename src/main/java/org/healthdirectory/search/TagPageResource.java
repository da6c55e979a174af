package org.healthdirectory.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.healthdirectory.language.ContentTranslations;
import org.healthdirectory.language.ReaderLanguage;
import org.healthdirectory.language.Translations;

/**
 * A page per tag under its domain (/domains/physical-activity/walking-groups): every published activity
 * with that tag, so people can browse "Walking groups" or "Chair exercise" without knowing what to type.
 * Names and words are in the reader's language.
 */
@Path("/domains/{slug}/{tag}")
@Produces(MediaType.TEXT_HTML)
public class TagPageResource {

    /** What the tag page shows; hrefs are ready to use. */
    @TemplateData
    public record TagView(
            String title,
            String name,
            String href,
            String domainName,
            String domainHref,
            SearchResults results,
            String previousHref,
            String nextHref,
            ResultsMap.View map,
            List<ResultCard> cards) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tag(TagView view);
    }

    private final Browsing browsing;
    private final ListingSearch search;
    private final ResultsMap resultsMap;
    private final ContentTranslations translated;
    private final ReaderLanguage reader;

    TagPageResource(
            Browsing browsing,
            ListingSearch search,
            ResultsMap resultsMap,
            ContentTranslations translated,
            ReaderLanguage reader) {
        this.browsing = browsing;
        this.search = search;
        this.resultsMap = resultsMap;
        this.translated = translated;
        this.reader = reader;
    }

    @GET
    public TemplateInstance tag(
            @PathParam("slug") String domainSlug,
            @PathParam("tag") String tagSlug,
            @QueryParam("page") @DefaultValue("1") int page) {
        Browsing.TagInDomain tag = browsing.tag(domainSlug, tagSlug).orElseThrow(NotFoundException::new);
        SearchResults results = search.withTag(tagSlug, Math.max(1, Math.min(page, 1000)));
        String here = tag.tag().href();
        String name = translated.tagName(tagSlug, tag.tag().name());
        ResultsMap.View map = resultsMap.forHits(results.hits());
        String back = URLEncoder.encode(here + "?page=" + results.page(), StandardCharsets.UTF_8);
        return Templates.tag(new TagView(
                title(name, results),
                name,
                here,
                translated.domainName(domainSlug, tag.domainName()),
                "/domains/" + domainSlug,
                results,
                results.page() > 1 && !results.isPastTheEnd() ? here + "?page=" + (results.page() - 1) : null,
                results.page() < results.pageCount() ? here + "?page=" + (results.page() + 1) : null,
                map,
                ResultCard.of(results.hits(), map, back, reader.current())));
    }

    private String title(String name, SearchResults results) {
        if (results.pageCount() <= 1) {
            return name;
        }
        return Translations.more(reader.current()).titleAndPage(name, results.page(), results.pageCount());
    }
}
