package cn.lyg.talent.engine.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;
import javax.persistence.NamedNativeQuery;

import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.engine.internal.TestDatabase;

/**
 * The look-ups a submission makes among a talent's requests (the service's rules, Art.4.5; a
 * repeated request) read the talent's own unfinished requests through an index (V020), so
 * that a submission costs the same for a talent with years of closed requests as for a new one,
 * and in a city with a large backlog as in a quiet one. Checked on the SQL EclipseLink really
 * sends, with H2's own plan.
 */
public class TicketQueriesTest {
    private static TestDatabase db;

    @BeforeClass
    public static void database() throws Exception {
        db = new TestDatabase();
    }

    @AfterClass
    public static void close() {
        db.close();
    }

    /**
     * Art.4.5: a submission reads the talent's own unfinished requests, not the city's. Through
     * "STATE IN (...)" H2 used only the index's first column and read every unfinished request of
     * every talent: counted here on data, with H2's own count of the rows it read.
     */
    @Test
    public void unfinishedRequestsOfATalentAreReadAloneWhateverTheCitysBacklog() throws Exception {
        try (Connection c = db.dataSource.getConnection()) {
            talent(c, "busy");
            talent(c, "other");
            for (int i = 0; i < 200; i++) {
                ticket(c, "other", i % 2 == 0 ? "SUBMITTED" : "DISPATCHED", AT_NINE);
                ticket(c, "busy", "CLOSED", AT_NINE);
            }
            String later = ticket(c, "busy", "ACCEPTED", AT_NINE.plusHours(1));
            String earlier = ticket(c, "busy", "RESOLVED", AT_NINE);
            form(c, later, "purpose", 1, "travel");
            form(c, later, "purpose", 0, "scenic");
            String sql = sql(TicketEntity.OPEN_OF_TALENT).replace("?1", "?").replace("?2", "?");
            List<List<String>> rows = new ArrayList<>();
            try (PreparedStatement read = c.prepareStatement(sql)) {
                for (int i = 1; i <= read.getParameterMetaData().getParameterCount(); i++) {
                    read.setString(i, i % 2 == 1 ? "busy" : "tax");
                }
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows.add(Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            // Oldest first, a form's values by field and position, a request without a form once.
            assertEquals(List.of(Arrays.asList("N-" + earlier, null, null), List.of("N-" + later, "purpose", "scenic"),
                    List.of("N-" + later, "purpose", "travel")), rows);
            String plan = explain(c, "EXPLAIN ANALYZE " + sql, "busy", "tax");
            assertTrue(plan, plan.contains("IX_TICKET_STATE_TALENT"));
            Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan);
            int read = 0;
            while (scanned.find()) {
                read += Integer.parseInt(scanned.group(1));
            }
            // The talent's two unfinished requests and their two form rows, counted by each step
            // of the plan (six look-ups, the union, the join), with H2 reading one row past each
            // look-up: 15. Not the other talent's 200 unfinished requests, nor the talent's 200 closed ones.
            assertTrue(read + " rows read: " + plan, read <= 20);
        }
    }

    /**
     * The unfinished states are listed in the query: a state added later is an unfinished request
     * unless it is one of the finished ones (CLOSED, REJECTED, WITHDRAWN), and must be listed too.
     */
    @Test
    public void everyUnfinishedStateIsListed() {
        String query = TicketEntity.class.getAnnotation(NamedNativeQuery.class).query();
        for (TicketState state : TicketState.values()) {
            assertEquals(state + " in " + query, !state.isFinal(), query.contains("'" + state + "'"));
        }
    }

    @Test
    public void waitingRequestsOfATalentAreReadThroughTheStateIndex() throws Exception {
        String plan = plan(TicketEntity.WAITING_OF_TALENT);
        assertTrue(plan, plan.contains("IX_TICKET_STATE_TALENT"));
    }

    /** The SQL EclipseLink sends for a named query. */
    private static String sql(String namedQuery) {
        EntityManager em = db.emf.createEntityManager();
        try {
            DatabaseQuery query = em.createNamedQuery(namedQuery).unwrap(JpaQuery.class).getDatabaseQuery();
            query.prepareCall(em.unwrap(JpaEntityManager.class).getActiveSession(), new DatabaseRecord());
            return query.getSQLString();
        } finally {
            em.close();
        }
    }

    /** H2's plan for a named query's SQL as EclipseLink generates it. */
    private static String plan(String namedQuery) throws Exception {
        try (Connection c = db.dataSource.getConnection()) {
            return explain(c, "EXPLAIN " + sql(namedQuery), "x");
        }
    }

    /** H2's answer to an EXPLAIN, the parameters bound in turn from {@code values}. */
    private static String explain(Connection c, String explain, String... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(explain)) {
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setString(i, values[(i - 1) % values.length]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static void talent(Connection c, String id) throws Exception {
        insert(c, "INSERT INTO TALENT (ID, NAME, GENDER, DOC_TYPE, DOC_NUMBER, NATIONALITY, BIRTH_DATE, DEGREE,"
                + " JURISDICTION, PHONE, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY, VERSION) VALUES (?, '测试',"
                + " 'MALE', 'RESIDENT_ID', ?, 'CHN', DATE '1985-03-12', 'DOCTORATE', '320700', '13800000000',"
                + " CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, 'test', 1)", id, "doc-" + id);
    }

    private static int tickets;

    private static final LocalDateTime AT_NINE = LocalDateTime.of(2026, 11, 27, 9, 0);

    private static String ticket(Connection c, String talent, String state, LocalDateTime submitted) throws Exception {
        String id = "t" + (++tickets);
        insert(c, "INSERT INTO TICKET (ID, NUMBER_TEXT, TALENT_ID, SERVICE_CODE, JURISDICTION, CHANNEL, DESCRIPTION,"
                + " STATE, SUBMITTED_AT, SUBMITTED_BY, UPDATED_AT, VERSION) VALUES (?, ?, ?, 'tax', '320700', 'OFFLINE',"
                + " 'test', ?, ?, 'test', ?, 1)", id, "N-" + id, talent, state, submitted, submitted);
        return id;
    }

    private static void form(Connection c, String ticket, String field, int ordinal, String value) throws Exception {
        insert(c, "INSERT INTO TICKET_FORM_VALUE (TICKET_ID, FIELD_NAME, ORDINAL, VALUE_TEXT) VALUES (?, ?, ?, ?)",
                ticket, field, ordinal, value);
    }
}
