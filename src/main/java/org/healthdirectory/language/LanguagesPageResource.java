package org.healthdirectory.language;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * "About our translations": for each language, who translated it and whether a fluent speaker has checked
 * it (in the reader's language and in the language's own words), and how to report a wrong translation.
 */
@Path("/languages")
@Produces(MediaType.TEXT_HTML)
public class LanguagesPageResource {

    /** One language: its own name, whether it is the English original, and its file's own statement. */
    public record Row(String code, String ownName, String dir, boolean original, String ownWords) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance translations(List<Row> rows);
    }

    @GET
    public TemplateInstance translations() {
        return Templates.translations(Arrays.stream(Language.values())
                .map(l -> new Row(
                        l.code(),
                        l.ownName(),
                        l.dir(),
                        l.isEnglish(),
                        Translations.messages(l).translatedBy()))
                .toList());
    }
}
