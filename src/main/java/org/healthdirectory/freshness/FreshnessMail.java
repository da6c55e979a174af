package org.healthdirectory.freshness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.notification.OutgoingMail;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The freshness emails, in plain English: "is this still correct?" and "we have hidden your listing".
 * The words are in templates/FreshnessMail; how long the links work comes from configuration.
 */
@ApplicationScoped
public class FreshnessMail {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminder(
                String listingName,
                String serviceName,
                String lastChecked,
                int months,
                ManageEntries.ReminderLinks links,
                String hideOn,
                Duration lifetime);

        static native TemplateInstance hidden(
                String listingName, String lastChecked, ManageEntries.ReminderLinks links, Duration lifetime);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DirectoryConfig config;

    FreshnessMail(DirectoryConfig config) {
        this.config = config;
    }

    OutgoingMail reminder(String to, Listing listing, ManageEntries.ReminderLinks links, int months) {
        LocalDate confirmed = LocalDate.ofInstant(listing.getLastConfirmedAt(), UkTime.ZONE);
        LocalDate hideOn = confirmed.plusMonths(config.freshness().hideMonths());
        return new OutgoingMail(
                to,
                "Is your listing still correct? " + listing.getName(),
                Templates.reminder(
                                listing.getName(),
                                config.serviceName(),
                                DATE.format(confirmed),
                                months,
                                links,
                                DATE.format(hideOn),
                                config.freshness().linkLifetime())
                        .render());
    }

    OutgoingMail hidden(String to, Listing listing, ManageEntries.ReminderLinks links) {
        LocalDate confirmed = LocalDate.ofInstant(listing.getLastConfirmedAt(), UkTime.ZONE);
        return new OutgoingMail(
                to,
                "We have hidden your listing: " + listing.getName(),
                Templates.hidden(
                                listing.getName(),
                                DATE.format(confirmed),
                                links,
                                config.freshness().linkLifetime())
                        .render());
    }
}
