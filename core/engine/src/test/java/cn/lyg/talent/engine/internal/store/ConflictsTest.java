package cn.lyg.talent.engine.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Map;

import javax.persistence.OptimisticLockException;
import javax.persistence.RollbackException;

import org.junit.Test;

import cn.lyg.talent.api.Refusal;

/** How a clash between two saves reaches the caller. */
public class ConflictsTest {

    /** Sent with an old version: both versions are named, so the client knows to reload. */
    @Test
    public void aStaleVersionNamesTheCurrentAndTheSentOne() {
        Refusal r = Conflicts.stale(1000, 1002);
        assertEquals("STALE_VERSION", r.code());
        assertEquals("version", r.fieldErrors().get(0).field);
        assertEquals("VERSION_NOW", r.fieldErrors().get(0).code);
        assertTrue(r.fieldErrors().get(0).messageEn, r.fieldErrors().get(0).messageEn.contains("version 1002; you sent 1000"));
        assertTrue(r.fieldErrors().get(0).messageZh, r.fieldErrors().get(0).messageZh.contains("第 1002 版"));
    }

    /** Seen only at commit (another save came in between): the same code, the field named too. */
    @Test
    public void aClashSeenAtCommitIsAStaleVersionOfTheFieldVersion() {
        try {
            Conflicts.translated(Map.of(), "SOMETHING_ELSE", () -> {
                throw new RollbackException(new OptimisticLockException("row changed"));
            });
            fail();
        } catch (Refusal r) {
            assertEquals(Refusal.Kind.CONFLICT, r.kind());
            assertEquals("STALE_VERSION", r.code());
            assertEquals("version", r.fieldErrors().get(0).field);
            assertEquals("VERSION_CHANGED", r.fieldErrors().get(0).code);
            assertTrue(r.fieldErrors().get(0).messageZh, r.fieldErrors().get(0).messageZh.contains("刷新"));
        }
    }
}
