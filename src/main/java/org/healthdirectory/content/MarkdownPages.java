package org.healthdirectory.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Site pages written in Markdown under content/pages/. The first line "# Title" is the page title.
 * Raw HTML in the Markdown is escaped and unsafe link schemes are dropped.
 */
@ApplicationScoped
public class MarkdownPages {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public record Page(String slug, String title, String html) {}

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public Optional<Page> find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        return ContentFiles.readText("pages/" + slug + ".md").map(markdown -> render(slug, markdown));
    }

    private Page render(String slug, String markdown) {
        String title = markdown.lines()
                .filter(line -> line.startsWith("# "))
                .findFirst()
                .map(line -> line.substring(2).trim())
                .orElse(slug);
        return new Page(slug, title, renderer.render(parser.parse(markdown)));
    }
}
