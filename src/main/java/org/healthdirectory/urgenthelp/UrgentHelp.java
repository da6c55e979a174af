package org.healthdirectory.urgenthelp;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.healthdirectory.content.ContentFiles;
import org.healthdirectory.language.ContentTranslations;

/**
 * The directory's own urgent-help panel (999, NHS 111, Samaritans, Shout, the domestic abuse
 * helpline), from content/urgent-help.json, and when a search should show it first: whenever the
 * words suggest crisis, self-harm, suicide or abuse (content/urgent-help-words.txt).
 */
@ApplicationScoped
public class UrgentHelp {

    /** One place to get help, with a number to call and/or text. */
    public record Contact(
            String name, String when, String call, String text, String textWord, String hours, boolean abuse) {

        public String callHref() {
            return call == null ? null : "tel:" + call.replace(" ", "");
        }

        public String textHref() {
            return text == null
                    ? null
                    : "sms:" + text.replace(" ", "") + (textWord == null ? "" : "?&body=" + textWord);
        }
    }

    /** The panel to show. With {@code abuse}, the helpline and the "Exit this page" button come too. */
    public record Panel(boolean abuse, List<Contact> contacts, String exitUrl) {

        /** The reason, for the JSON API: "abuse" or "crisis". */
        public String reason() {
            return abuse ? "abuse" : "crisis";
        }
    }

    record Content(String exitUrl, List<Contact> contacts) {}

    private final Content content = ContentFiles.readJson("urgent-help.json", new TypeReference<>() {});
    private final CrisisWords words = CrisisWords.parse(ContentFiles.readText("urgent-help-words.txt")
            .orElseThrow(() -> new IllegalStateException("Missing content file urgent-help-words.txt")));
    private final ContentTranslations translated;

    UrgentHelp(ContentTranslations translated) {
        this.translated = translated;
    }

    /** The panel for a search, when its words suggest someone may need urgent help. */
    public Optional<Panel> forSearch(String text) {
        Set<CrisisWords.Kind> kinds = words.match(text);
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        boolean abuse = kinds.contains(CrisisWords.Kind.ABUSE);
        return Optional.of(new Panel(
                abuse,
                content.contacts().stream()
                        .filter(c -> abuse || !c.abuse())
                        .map(this::inReadersLanguage)
                        .toList(),
                content.exitUrl()));
    }

    /**
     * The words to search activities with: those that called up the panel are left out, so what else
     * was typed ("lonely") still finds activities below it. Only crisis words: searched as typed.
     */
    public String searchWords(String text) {
        String rest = words.withoutMatches(text);
        return rest == null || rest.isBlank() ? text : rest;
    }

    /** Everything, for the "Get help now" page. */
    public Panel all() {
        return new Panel(
                true, content.contacts().stream().map(this::inReadersLanguage).toList(), content.exitUrl());
    }

    /** What a contact is for and when it is open, in the reader's language; names and numbers stay. */
    private Contact inReadersLanguage(Contact c) {
        ContentTranslations.ContactText text =
                translated.contact(c.name(), new ContentTranslations.ContactText(c.when(), c.hours()));
        return new Contact(c.name(), text.when(), c.call(), c.text(), c.textWord(), text.hours(), c.abuse());
    }
}
