package org.healthdirectory.notification;

import io.quarkus.qute.TemplateExtension;
import java.time.Duration;

/**
 * How long a link works, in words, for emails and pages ({lifetime.inWords}): "1 hour", "48 hours",
 * "30 days". Read from configuration, so what a page says is what the link does.
 */
@TemplateExtension
public final class LinkLifetimes {

    private LinkLifetimes() {}

    public static String inWords(Duration lifetime) {
        long days = lifetime.toDays();
        if (days >= 3 && lifetime.equals(Duration.ofDays(days))) {
            return days + " days";
        }
        long hours = lifetime.toHours();
        if (hours >= 1) {
            return hours == 1 ? "1 hour" : hours + " hours";
        }
        long minutes = Math.max(1, lifetime.toMinutes());
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
