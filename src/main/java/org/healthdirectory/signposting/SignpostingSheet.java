package org.healthdirectory.signposting;

import java.util.List;
import org.healthdirectory.listing.page.ListingView;

/**
 * What a patient takes away: the shortlisted activities, with everything needed to go along.
 * The same content is printed, emailed or sent by text.
 */
public record SignpostingSheet(List<Entry> entries, String practice, String date) {

    /** One activity, its public page address and a QR code for that address. */
    public record Entry(ListingView listing, String url, String qrCode) {}

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    String emailSubject() {
        return practice == null ? "Activities suggested for you" : "Activities suggested for you by " + practice;
    }

    /** The plain-text email: every detail of the printed sheet, with a link to each page. */
    String emailText() {
        StringBuilder text = new StringBuilder("Hello,\n\n")
                .append(
                        practice == null
                                ? "Here are the activities we talked about"
                                : practice + " suggested these activities")
                .append(" on ")
                .append(date)
                .append(". You do not need to do anything you do not want to.\n");
        int number = 1;
        for (Entry entry : entries) {
            ListingView l = entry.listing();
            text.append("\n")
                    .append(number++)
                    .append(". ")
                    .append(l.name())
                    .append("\n")
                    .append("   ")
                    .append(l.summary())
                    .append("\n");
            l.sessions()
                    .forEach(s -> text.append("   When: ")
                            .append(s.text())
                            .append(s.nextDates().isEmpty() ? "" : ". Next: " + String.join(", ", s.nextDates()))
                            .append("\n"));
            l.venues()
                    .forEach(v -> text.append("   Where: ").append(v.summary()).append("\n"));
            text.append("   Cost: ")
                    .append(l.cost())
                    .append(l.costDetail() == null ? "" : ". " + l.costDetail())
                    .append("\n")
                    .append("   How to join: ")
                    .append(l.howToJoinText())
                    .append("\n");
            if (l.phone() != null) text.append("   Phone: ").append(l.phone()).append("\n");
            if (l.email() != null) text.append("   Email: ").append(l.email()).append("\n");
            text.append("   More details: ").append(entry.url()).append("\n");
        }
        return text.append("\nIf something has changed, the web page for each activity has the latest details.\n")
                .toString();
    }

    /** A short text message: names and links only, so it stays a few texts long. */
    String textMessage() {
        StringBuilder text = new StringBuilder(
                practice == null
                        ? "Activities suggested for you:"
                        : "Activities suggested for you by " + practice + ":");
        entries.forEach(
                e -> text.append("\n").append(e.listing().name()).append(" ").append(e.url()));
        return text.toString();
    }
}
