package org.healthdirectory.freshness;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/**
 * Tests that move the clock through a year. They get their own app start (so a fresh database with the
 * 101 demo listings) because they hide every listing on the way, which other tests would notice.
 */
public class SimulatedTimeProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(SimulatedClock.class);
    }
}
