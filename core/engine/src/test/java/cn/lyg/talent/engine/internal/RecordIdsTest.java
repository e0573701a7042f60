package cn.lyg.talent.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.Test;

public class RecordIdsTest {

    @Test
    public void anIdIsAVersion7UuidCarryingItsTime() {
        long millis = 1_795_000_000_123L;
        UUID id = UUID.fromString(RecordIds.of(millis, new Random(1)));
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
    }

    /** Ids in time order sort in time order as text too: the order the database's indexes keep. */
    @Test
    public void laterIdsSortAfterEarlierOnesAsText() {
        Random random = new Random(2);
        String previous = RecordIds.of(1_795_000_000_000L, random);
        for (long ms = 1_795_000_000_001L; ms < 1_795_000_001_000L; ms++) {
            String next = RecordIds.of(ms, random);
            assertTrue(previous + " < " + next, previous.compareTo(next) < 0);
            previous = next;
        }
    }

    @Test
    public void idsOfOneMillisecondDifferInTheirRandomBits() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(RecordIds.next()));
        }
        assertNotEquals(RecordIds.of(5L, new Random(3)), RecordIds.of(5L, new Random(4)));
        assertEquals(36, RecordIds.next().length());
    }
}
