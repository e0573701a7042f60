package cn.lyg.talent.engine.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.h2.jdbcx.JdbcDataSource;

import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.engine.internal.store.Database;

/**
 * The engine's real persistence unit and migrations on an in-memory H2, outside OSGi: a
 * RESOURCE_LOCAL template does what Aries JPA's does for {@code TransactionType.Required}.
 */
public final class TestDatabase implements AutoCloseable {
    public final DataSource dataSource;
    public final EntityManagerFactory emf;
    public final Database database;

    public TestDatabase() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
        ds.setUser("sa");
        this.dataSource = ds;
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        props.put("javax.persistence.transactionType", "RESOURCE_LOCAL");
        this.emf = Persistence.createEntityManagerFactory("talent", props);
        this.database = new Database(ds, new LocalTemplate(emf));
    }

    /** Rows in a table, read over plain JDBC so the check does not go through the code under test. */
    public long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Row counts of every table the registry writes. */
    public Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> m = new HashMap<>();
        for (String t : new String[] {"TALENT", "FAMILY_MEMBER", "CERTIFICATION", "AUDIT_RECORD",
                "RESPONSIBLE_UNIT", "UNIT_ALIAS", "UNIT_SERVICE"}) {
            m.put(t, count(t));
        }
        return m;
    }

    public static InstanceSettings settings(String jurisdiction) {
        return new InstanceSettings() {
            @Override
            public String jurisdiction() {
                return jurisdiction;
            }

            @Override
            public LocalTime officeOpens() {
                return LocalTime.of(8, 30);
            }

            @Override
            public LocalTime officeCloses() {
                return LocalTime.of(17, 30);
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Shanghai");
            }
        };
    }

    @Override
    public void close() {
        emf.close();
    }

    static final class LocalTemplate implements JpaTemplate {
        private final EntityManagerFactory emf;

        LocalTemplate(EntityManagerFactory emf) {
            this.emf = emf;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            if (type != TransactionType.Required) {
                throw new IllegalArgumentException("RESOURCE_LOCAL supports Required only, as Aries JPA does");
            }
            EntityManager em = emf.createEntityManager();
            EntityTransaction tx = em.getTransaction();
            try {
                tx.begin();
                R result = code.apply(em);
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                if (tx.isActive()) {
                    tx.rollback();
                }
                throw e;
            } finally {
                em.close();
            }
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }
}
