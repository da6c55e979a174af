package org.healthdirectory.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.notification.OutgoingMail;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The freshness emails, in plain English: "is this still correct?" and "we have hidden your listing".
 * One email per organisation lists all its entries due, each with its own one-click links.
 */
@ApplicationScoped
public class FreshnessMail {

    /** One entry in an email, with its "still correct" and "change the details" links. */
    public record Entry(Listing listing, ManageEntries.ReminderLinks links) {}

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DirectoryConfig config;

    FreshnessMail(DirectoryConfig config) {
        this.config = config;
    }

    OutgoingMail reminder(String to, List<Entry> entries, int months) {
        boolean one = entries.size() == 1;
        String subject = one
                ? "Is your listing still correct? " + entries.get(0).listing().getName()
                : "Are your " + entries.size() + " listings still correct?";
        StringBuilder body = new StringBuilder("Hello,\n\n")
                .append(
                        one
                                ? "Your listing in the %s was last checked %d months ago.\n"
                                        .formatted(config.serviceName(), months)
                                : "These %d listings in the %s were last checked %d months ago.\n"
                                        .formatted(entries.size(), config.serviceName(), months));
        for (Entry entry : entries) {
            LocalDate confirmed = LocalDate.ofInstant(entry.listing().getLastConfirmedAt(), Staleness.UK);
            LocalDate hideOn = confirmed.plusMonths(config.freshness().hideMonths());
            body.append("\n")
                    .append(entry.listing().getName())
                    .append("\nLast checked on ")
                    .append(DATE.format(confirmed))
                    .append(". If we do not hear from you, we will hide it on ")
                    .append(DATE.format(hideOn))
                    .append(".\n")
                    .append("Is it still correct? Tell us with one click:\n")
                    .append(entry.links().confirm())
                    .append("\nHas something changed? Change the details here:\n")
                    .append(entry.links().edit())
                    .append("\n");
        }
        return new OutgoingMail(to, subject, body.append(footer()).toString());
    }

    OutgoingMail hidden(String to, List<Entry> entries) {
        boolean one = entries.size() == 1;
        String subject = one
                ? "We have hidden your listing: " + entries.get(0).listing().getName()
                : "We have hidden " + entries.size() + " of your listings";
        StringBuilder body = new StringBuilder("Hello,\n\n")
                .append(
                        one
                                ? "Nobody has told us for a long time that this listing is still correct."
                                : "Nobody has told us for a long time that these listings are still correct.")
                .append(" So that nobody goes to something that has stopped or moved, we have hidden ")
                .append(one ? "it" : "them")
                .append(". People cannot find ")
                .append(one ? "it" : "them")
                .append(" now.\n");
        for (Entry entry : entries) {
            LocalDate confirmed = LocalDate.ofInstant(entry.listing().getLastConfirmedAt(), Staleness.UK);
            body.append("\n")
                    .append(entry.listing().getName())
                    .append("\nLast checked on ")
                    .append(DATE.format(confirmed))
                    .append(".\n")
                    .append("Is it still correct? Click here and we will show it again straight away:\n")
                    .append(entry.links().confirm())
                    .append("\nHas something changed? Change the details here:\n")
                    .append(entry.links().edit())
                    .append("\n");
        }
        return new OutgoingMail(to, subject, body.append(footer()).toString());
    }

    /** How long the links last, and the way in to everything else (a sign-in link by email, no password). */
    private String footer() {
        return """

                Each link works once and stops working after 30 days.

                To see and change all your listings, sign in here (we email you a link, no password needed):
                %s/manage
                """.formatted(config.baseUrl());
    }
}
