package cn.lyg.talent.engine.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.InstanceSettings;

/**
 * The platform's clock as an OSGi service, in the instance's time zone. Services take the
 * time from it, never from the system directly, and reference it greedily: a clock registered
 * with a higher ranking (a test travelling in time) takes over, the services re-activating
 * with it; when it goes, this one is back.
 * <p>
 * It ticks in microseconds, what the databases keep ({@code TIMESTAMP} holds six decimals in
 * H2 and PostgreSQL): an answer shows the same time a later read of the record shows.
 */
@Component(service = Clock.class, property = "service.ranking:Integer=0")
public class SystemClock extends Clock {
    private static final Duration MICROSECOND = Duration.ofNanos(1_000);
    private final ZoneId zone;

    @Activate
    public SystemClock(@Reference InstanceSettings settings) {
        this.zone = settings.zone();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.tick(Clock.system(other), MICROSECOND);
    }

    @Override
    public Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
