package org.healthdirectory.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The mail outbox in readiness: always UP, with "degraded" and the backlog in its data. Pages still
 * work and the mail is safe in the outbox, so a load balancer must not take the app out of service
 * because the mail server is slow or down.
 */
@Readiness
@ApplicationScoped
public class MailHealthCheck implements HealthCheck {

    private final MailBacklog backlog;

    MailHealthCheck(MailBacklog backlog) {
        this.backlog = backlog;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Mail outbox")
                .up()
                .withData("state", backlog.degraded() ? "degraded" : "ok")
                .withData("waiting", backlog.waiting())
                .withData("stuck", backlog.stuck())
                .withData("failed", backlog.failed())
                .build();
    }
}
