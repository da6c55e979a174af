package org.healthdirectory.freshness;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.healthdirectory.listing.Listing;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.notification.OutgoingMail;
import org.healthdirectory.registration.ManageEntries;
import org.healthdirectory.web.DirectoryConfig;

/**
 * The freshness emails, in plain English: "is this still correct?" and "we have hidden your listing".
 * One email per organisation lists all its entries due, each with its own one-click links. The words are
 * in templates/FreshnessMail; how long the links work comes from configuration.
 */
@ApplicationScoped
public class FreshnessMail {

    /** One entry due, with its "still correct" and "change the details" links. */
    public record Entry(Listing listing, ManageEntries.ReminderLinks links) {}

    /** One entry as an email shows it. */
    public record Line(String name, String lastChecked, String hideOn, ManageEntries.ReminderLinks links) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reminder(
                List<Line> entries, String serviceName, int months, Duration lifetime, String manageUrl);

        static native TemplateInstance hidden(List<Line> entries, Duration lifetime, String manageUrl);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DirectoryConfig config;

    FreshnessMail(DirectoryConfig config) {
        this.config = config;
    }

    OutgoingMail reminder(String to, List<Entry> entries, int months) {
        String subject = entries.size() == 1
                ? "Is your listing still correct? " + entries.get(0).listing().getName()
                : "Are your " + entries.size() + " listings still correct?";
        return new OutgoingMail(
                to,
                subject,
                Templates.reminder(
                                lines(entries),
                                config.serviceName(),
                                months,
                                config.freshness().linkLifetime(),
                                config.baseUrl() + "/manage")
                        .render());
    }

    OutgoingMail hidden(String to, List<Entry> entries) {
        String subject = entries.size() == 1
                ? "We have hidden your listing: " + entries.get(0).listing().getName()
                : "We have hidden " + entries.size() + " of your listings";
        return new OutgoingMail(
                to,
                subject,
                Templates.hidden(lines(entries), config.freshness().linkLifetime(), config.baseUrl() + "/manage")
                        .render());
    }

    private List<Line> lines(List<Entry> entries) {
        return entries.stream()
                .map(e -> {
                    LocalDate confirmed = LocalDate.ofInstant(e.listing().getLastConfirmedAt(), UkTime.ZONE);
                    return new Line(
                            e.listing().getName(),
                            DATE.format(confirmed),
                            DATE.format(confirmed.plusMonths(config.freshness().hideMonths())),
                            e.links());
                })
                .toList();
    }
}
