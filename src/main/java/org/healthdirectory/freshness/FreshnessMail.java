package org.healthdirectory.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.notification.OutgoingMail;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.web.DirectoryConfig;

/** The freshness emails, in plain English: "is this still correct?" and "we have hidden your listing". */
@ApplicationScoped
public class FreshnessMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DirectoryConfig config;

    FreshnessMail(DirectoryConfig config) {
        this.config = config;
    }

    OutgoingMail reminder(String to, Listing listing, ManageEntries.ReminderLinks links, int months) {
        LocalDate confirmed = LocalDate.ofInstant(listing.getLastConfirmedAt(), Staleness.UK);
        LocalDate hideOn = confirmed.plusMonths(config.freshness().hideMonths());
        return new OutgoingMail(to, "Is your listing still correct? " + listing.getName(), """
                Hello,

                Your listing "%s" in the %s was last checked on %s. That was %d months ago.

                Is it still correct? Tell us with one click:
                %s

                Has something changed? Change the details here:
                %s

                If we do not hear from you, we will hide your listing on %s, so that nobody goes to
                something that has stopped or moved.

                Each link works once and stops working after 30 days.
                """.formatted(
                        listing.getName(),
                        config.serviceName(),
                        DATE.format(confirmed),
                        months,
                        links.confirm(),
                        links.edit(),
                        DATE.format(hideOn)));
    }

    OutgoingMail hidden(String to, Listing listing, ManageEntries.ReminderLinks links) {
        LocalDate confirmed = LocalDate.ofInstant(listing.getLastConfirmedAt(), Staleness.UK);
        return new OutgoingMail(to, "We have hidden your listing: " + listing.getName(), """
                Hello,

                Nobody has told us that your listing "%s" is still correct since %s. So that nobody goes
                to something that has stopped or moved, we have hidden it. People cannot find it now.

                Is it still correct? Click here and we will show it again straight away:
                %s

                Has something changed? Change the details here:
                %s

                Each link works once and stops working after 30 days.
                """.formatted(
                        listing.getName(), DATE.format(confirmed), links.confirm(), links.edit()));
    }
}
