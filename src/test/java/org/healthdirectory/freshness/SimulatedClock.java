package org.healthdirectory.freshness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The app's clock for tests that move time: real time until {@link #set} stops it at a chosen instant.
 * Enabled only by {@link SimulatedTimeProfile}, so other tests keep the real clock.
 */
@Alternative
@ApplicationScoped
public class SimulatedClock extends Clock {

    private volatile Instant now;

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = null;
    }

    @Override
    public Instant instant() {
        Instant fixed = now;
        return fixed == null ? Instant.now() : fixed;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
