package org.healthdirectory.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Site pages written in Markdown under content/pages/. The first line "# Title" is the page title.
 * Raw HTML in the Markdown is escaped and unsafe link schemes are dropped. A page translated into the
 * reader's language sits beside the English as {@code slug.code.md} (about.pl.md); a page not yet
 * translated is shown in English and says so.
 */
@ApplicationScoped
public class MarkdownPages {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A page; {@code english} when its text is the English (the reader's own, or no translation yet). */
    public record Page(String slug, String title, String html, boolean english) {}

    private static final String ENGLISH = "en";

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PageLanguage language;

    MarkdownPages(PageLanguage language) {
        this.language = language;
    }

    public Optional<Page> find(String slug) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            return Optional.empty();
        }
        String code = language.code();
        Optional<Page> translated = ENGLISH.equals(code)
                ? Optional.empty()
                : ContentFiles.readText(fileName(slug, code)).map(markdown -> render(slug, markdown, false));
        return translated.or(
                () -> ContentFiles.readText(fileName(slug, ENGLISH)).map(markdown -> render(slug, markdown, true)));
    }

    /** "pages/about.md" for English, "pages/about.pl.md" for Polish. */
    public static String fileName(String slug, String code) {
        return "pages/" + slug + (ENGLISH.equals(code) ? "" : "." + code) + ".md";
    }

    private Page render(String slug, String markdown, boolean english) {
        String title = markdown.lines()
                .filter(line -> line.startsWith("# "))
                .findFirst()
                .map(line -> line.substring(2).trim())
                .orElse(slug);
        return new Page(slug, title, renderer.render(parser.parse(markdown)), english);
    }
}
