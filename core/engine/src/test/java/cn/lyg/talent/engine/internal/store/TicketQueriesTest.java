package cn.lyg.talent.engine.internal.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;

import javax.persistence.EntityManager;
import javax.persistence.NamedQueries;

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
 * repeated request) read through IX_TICKET_STATE_TALENT (V020), so that a submission costs the
 * same for a talent with years of closed requests as for a new one. Checked on the SQL EclipseLink
 * really sends, with H2's own plan.
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

    @Test
    public void unfinishedRequestsOfATalentAreReadThroughTheStateIndex() throws Exception {
        String plan = plan(TicketEntity.OPEN_OF_TALENT);
        assertTrue(plan, plan.contains("IX_TICKET_STATE_TALENT"));
        // The states are listed: a state added later is an unfinished request unless it is one of
        // the finished ones (CLOSED, REJECTED, WITHDRAWN), and must be listed too.
        String jpql = Arrays.stream(TicketEntity.class.getAnnotation(NamedQueries.class).value())
                .filter(q -> q.name().equals(TicketEntity.OPEN_OF_TALENT)).findFirst().orElseThrow().query();
        for (TicketState state : TicketState.values()) {
            assertEquals(state + " in " + jpql, !state.isFinal(),
                    jpql.contains("TicketState." + state + ",") || jpql.contains("TicketState." + state + ")"));
        }
    }

    @Test
    public void waitingRequestsOfATalentAreReadThroughTheStateIndex() throws Exception {
        String plan = plan(TicketEntity.WAITING_OF_TALENT);
        assertTrue(plan, plan.contains("IX_TICKET_STATE_TALENT"));
    }

    /** H2's plan for a named query's SQL as EclipseLink generates it. */
    private static String plan(String namedQuery) throws Exception {
        EntityManager em = db.emf.createEntityManager();
        String sql;
        try {
            DatabaseQuery query = em.createNamedQuery(namedQuery).unwrap(JpaQuery.class).getDatabaseQuery();
            query.prepareCall(em.unwrap(JpaEntityManager.class).getActiveSession(), new DatabaseRecord());
            sql = query.getSQLString();
        } finally {
            em.close();
        }
        try (Connection c = db.dataSource.getConnection(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + sql)) {
            for (int i = 1; i <= explain.getParameterMetaData().getParameterCount(); i++) {
                explain.setString(i, "x");
            }
            try (ResultSet rs = explain.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
