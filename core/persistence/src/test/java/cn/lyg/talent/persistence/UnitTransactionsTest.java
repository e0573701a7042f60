package cn.lyg.talent.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.persistence.PersistenceException;

import org.apache.aries.jpa.template.TransactionType;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class UnitTransactionsTest {
    private JdbcDataSource dataSource;
    private EntityManagerFactory emf;
    private UnitTransactions transactions;

    @Before
    public void setUp() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE PROBE_ROW (ID VARCHAR(64) PRIMARY KEY)");
        }
        emf = Persistence.createEntityManagerFactory("probe",
                Map.of("javax.persistence.nonJtaDataSource", dataSource, "javax.persistence.transactionType", "RESOURCE_LOCAL"));
        transactions = new UnitTransactions(emf);
    }

    @After
    public void tearDown() {
        emf.close();
    }

    /** Rows counted over JDBC, outside the code under test. */
    private int rows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM PROBE_ROW")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    public void aCallThatReturnsIsCommittedAndItsEntityManagerClosed() throws SQLException {
        EntityManager[] used = new EntityManager[1];
        transactions.tx(em -> {
            used[0] = em;
            em.persist(new ProbeRow("a"));
        });
        assertEquals(1, rows());
        assertTrue("closed after the call", !used[0].isOpen());
    }

    @Test
    public void aCallThatThrowsWritesNothingAndItsExceptionReachesTheCallerUnchanged() throws SQLException {
        IllegalStateException thrown = new IllegalStateException("refused");
        try {
            transactions.tx(em -> {
                em.persist(new ProbeRow("a"));
                em.flush();
                throw thrown;
            });
            fail("the exception must reach the caller");
        } catch (IllegalStateException e) {
            assertSame(thrown, e);
        }
        assertEquals(0, rows());
    }

    @Test
    public void aCheckedExceptionThrownSneakilyRollsBackAndReachesTheCaller() throws Exception {
        Exception checked = new java.io.IOException("ledger unreachable");
        try {
            transactions.tx(em -> {
                em.persist(new ProbeRow("a"));
                em.flush();
                UnitTransactionsTest.<RuntimeException>sneaky(checked);
            });
            fail("the exception must reach the caller");
        } catch (Exception e) {
            assertSame(checked, e);
        }
        assertEquals(0, rows());
        // The thread and the pool are free: the next call commits.
        transactions.tx(em -> em.persist(new ProbeRow("b")));
        assertEquals(1, rows());
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> void sneaky(Throwable t) throws E {
        throw (E) t;
    }

    @Test
    public void aNestedRequiredCallJoinsTheTransactionItRunsIn() throws SQLException {
        try {
            transactions.tx(outer -> {
                outer.persist(new ProbeRow("outer"));
                transactions.tx(inner -> {
                    assertSame("the same entity manager", outer, inner);
                    inner.persist(new ProbeRow("inner"));
                });
                throw new IllegalStateException("the outer call fails after the inner one returned");
            });
            fail();
        } catch (IllegalStateException expected) {
            // Both writes were one transaction: both are rolled back.
        }
        assertEquals(0, rows());
        transactions.tx(outer -> transactions.tx(inner -> inner.persist(new ProbeRow("both"))));
        assertEquals(1, rows());
    }

    @Test
    public void requiresNewCommitsOnItsOwnAndGivesTheCallerItsTransactionBack() throws SQLException {
        try {
            transactions.tx(outer -> {
                outer.persist(new ProbeRow("outer"));
                transactions.tx(TransactionType.RequiresNew, inner -> {
                    assertNotSame(outer, inner);
                    inner.persist(new ProbeRow("kept"));
                });
                transactions.tx(again -> assertSame("the caller's transaction again", outer, again));
                throw new IllegalStateException("the outer call fails");
            });
            fail();
        } catch (IllegalStateException expected) {
            // Only the outer write is rolled back.
        }
        assertEquals(1, rows());
        assertEquals(1L, (long) transactions.txExpr(em -> em.createQuery(
                "SELECT COUNT(p) FROM ProbeRow p WHERE p.id = 'kept'", Long.class).getSingleResult()));
    }

    @Test
    public void aFailedCommitReachesTheCallerAndLeavesTheThreadFree() throws SQLException {
        transactions.tx(em -> em.persist(new ProbeRow("a")));
        try {
            // The key is taken: the insert fails at the commit's flush, not in the call.
            transactions.tx(em -> {
                em.persist(new ProbeRow("b"));
                em.persist(new ProbeRow("a"));
            });
            fail("a duplicate key must fail the commit");
        } catch (PersistenceException e) {
            // RollbackException or its cause, as the provider reports it.
        }
        assertEquals(1, rows());
        transactions.tx(em -> em.persist(new ProbeRow("c")));
        assertEquals(2, rows());
    }

    @Test
    public void jtaTransactionTypesAreRefusedWithoutRunningTheCall() throws SQLException {
        for (TransactionType type : new TransactionType[] {TransactionType.Mandatory, TransactionType.Supports,
                TransactionType.NotSupported, TransactionType.Never}) {
            try {
                transactions.tx(type, em -> em.persist(new ProbeRow(type.name())));
                fail(type + " must be refused");
            } catch (IllegalArgumentException e) {
                assertTrue(e.getMessage(), e.getMessage().contains(type.name()));
            }
        }
        assertEquals(0, rows());
    }

    @Test
    public void concurrentCallsEachHaveTheirOwnTransaction() throws Exception {
        int threads = 8;
        int perThread = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        String id = thread + "-" + i;
                        transactions.tx(em -> em.persist(new ProbeRow(id)));
                        if (i % 50 == 0) {
                            // Garbage collection while transactions end must not fail any of them.
                            System.gc();
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(threads * perThread, rows());
    }
}
