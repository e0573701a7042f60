package cn.lyg.talent.engine.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.sql.SQLException;

import org.junit.Test;

/** Logged failures never carry the values a message quotes (design.md section 6). */
public class FailuresTest {

    @Test
    public void typesAndLocationsStayMessagesGo() {
        Exception e = new IllegalStateException("insert failed",
                new SQLException("Unique index violation: VALUES ('RESIDENT_ID', '11010519491231002X')", "23505"));
        String logged = Failures.withoutMessages(e);
        assertTrue(logged, logged.contains("java.lang.IllegalStateException"));
        assertTrue(logged, logged.contains("Caused by: java.sql.SQLException"));
        assertTrue(logged, logged.contains("FailuresTest"));
        assertFalse(logged, logged.contains("11010519491231002X"));
        assertFalse(logged, logged.contains("insert failed"));
    }
}
