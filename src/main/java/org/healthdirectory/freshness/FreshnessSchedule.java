package org.healthdirectory.freshness;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.healthdirectory.listing.UkTime;
import org.healthdirectory.web.DirectoryConfig;

/**
 * Starts {@link FreshnessJob} on the schedule in {@code directory.freshness.schedule}: a cron expression
 * (UK time, so 07:00 stays 07:00 across the clock change), an interval such as "24h", or "off".
 * Scheduled in code because an annotation takes either a cron expression or an interval, not both.
 */
@ApplicationScoped
class FreshnessSchedule {

    private static final Pattern INTERVAL = Pattern.compile("(?i)\\d+[smhd]|P\\S+");

    void start(@Observes StartupEvent event, Scheduler scheduler, DirectoryConfig config, FreshnessJob job) {
        String when = config.freshness().schedule().trim();
        if (when.equalsIgnoreCase("off")) {
            return;
        }
        var definition = scheduler
                .newJob("freshness")
                .setConcurrentExecution(Scheduled.ConcurrentExecution.SKIP)
                .setTask(execution -> job.run());
        if (INTERVAL.matcher(when).matches()) {
            definition.setInterval(when);
        } else {
            definition.setCron(when).setTimeZone(UkTime.ZONE.getId());
        }
        definition.schedule();
    }
}
