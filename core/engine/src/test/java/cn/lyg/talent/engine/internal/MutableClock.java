package cn.lyg.talent.engine.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand: time travel instead of sleeping until a deadline. */
public final class MutableClock extends Clock {
    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(LocalDateTime local, ZoneId zone) {
        this.zone = zone;
        this.now = local.atZone(zone).toInstant();
    }

    public void set(LocalDateTime local) {
        now = local.atZone(zone).toInstant();
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
