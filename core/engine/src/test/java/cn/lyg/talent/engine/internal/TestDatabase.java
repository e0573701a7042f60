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

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.persistence.UnitTransactions;

/**
 * The engine's real persistence unit and migrations on an in-memory H2, outside OSGi, with the
 * platform's own transactions ({@link UnitTransactions}, as in Karaf).
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
        this.database = new Database(ds, new UnitTransactions(emf));
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
}
