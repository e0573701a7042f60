package cn.lyg.talent.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.Test;

public class SystemClockTest {

    /** What the databases keep of a time: six decimals, so an answer equals a later read. */
    @Test
    public void ticksInMicrosecondsInTheInstancesZone() {
        SystemClock clock = new SystemClock(TestDatabase.settings("320700"));
        assertEquals(ZoneId.of("Asia/Shanghai"), clock.getZone());
        Clock utc = clock.withZone(ZoneId.of("UTC"));
        for (int i = 0; i < 1_000; i++) {
            Instant a = clock.instant();
            Instant b = utc.instant();
            assertEquals(a.toString(), 0, a.getNano() % 1_000);
            assertEquals(b.toString(), 0, b.getNano() % 1_000);
        }
        assertTrue(Duration.between(clock.instant(), Instant.now()).abs().toSeconds() < 5);
    }
}
