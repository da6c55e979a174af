package org.healthdirectory.signposting;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import org.healthdirectory.language.Language;
import org.healthdirectory.language.Messages;
import org.healthdirectory.language.Translations;
import org.healthdirectory.listing.page.ListingView;

/**
 * What a patient takes away: the shortlisted activities, with everything needed to go along.
 * The same content is printed, emailed or sent by text, in the language of the page it was made on:
 * the email is written out when it is queued, because the mail worker later has no reader to ask.
 */
public record SignpostingSheet(List<Entry> entries, String practice, String date, Language language) {

    /** One activity, its public page address and a QR code for that address. */
    public record Entry(ListingView listing, String url, String qrCode) {}

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private Messages msg() {
        return Translations.messages(language);
    }

    String emailSubject() {
        return practice == null ? msg().suggestedForYou() : msg().suggestedForYouBy(practice);
    }

    /** One activity as the email lists it, every line worked out here so the template stays plain. */
    public record EmailEntry(
            int number,
            String name,
            String summary,
            List<String> when,
            List<String> where,
            String cost,
            String howToJoin,
            String phone,
            String email,
            String url) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance email(String practice, String date, List<EmailEntry> entries);
    }

    /** The plain-text email (templates/SignpostingSheet/email.txt): every detail of the printed sheet. */
    String emailText() {
        List<EmailEntry> lines = new ArrayList<>();
        for (Entry entry : entries) {
            ListingView l = entry.listing();
            lines.add(new EmailEntry(
                    lines.size() + 1,
                    l.name(),
                    l.summary(),
                    l.sessions().stream()
                            .map(s -> s.text()
                                    + (s.nextDates().isEmpty()
                                            ? ""
                                            : ". " + msg().sessionNext(String.join(", ", s.nextDates()))))
                            .toList(),
                    l.venues().stream().map(v -> v.summary()).toList(),
                    l.cost() + (l.costDetail() == null ? "" : ". " + l.costDetail()),
                    l.howToJoinText(),
                    l.phone(),
                    l.email(),
                    entry.url()));
        }
        return Templates.email(practice, date, lines)
                .setLocale(language.locale())
                .render();
    }

    /** A short text message: names and links only, so it stays a few texts long. */
    String textMessage() {
        StringBuilder text = new StringBuilder(emailSubject() + ":");
        entries.forEach(
                e -> text.append("\n").append(e.listing().name()).append(" ").append(e.url()));
        return text.toString();
    }
}
