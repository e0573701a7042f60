package cn.lyg.talent.engine.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * What a refused call must leave as it was: the row count of every table the engine writes,
     * and for each versioned table the sum of its versions, which an update of any row changes
     * (an update of a table without versions, such as a step's due time, is not seen here).
     * The day's ticket-number counter is left out: a number is taken before a submission's own
     * transaction, and one refused after it leaves a gap by design (decision 0006).
     */
    public Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> m = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            List<String> versioned = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT T.TABLE_NAME, (SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS C"
                    + " WHERE C.TABLE_SCHEMA = T.TABLE_SCHEMA AND C.TABLE_NAME = T.TABLE_NAME AND C.COLUMN_NAME = 'VERSION')"
                    + " FROM INFORMATION_SCHEMA.TABLES T WHERE T.TABLE_SCHEMA = 'PUBLIC' AND T.TABLE_TYPE = 'BASE TABLE'"
                    + " AND T.TABLE_NAME <> 'TICKET_NUMBER'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                    if (rs.getLong(2) > 0) {
                        versioned.add(rs.getString(1));
                    }
                }
            }
            for (String t : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"")) {
                    rs.next();
                    m.put(t, rs.getLong(1));
                }
            }
            for (String t : versioned) {
                try (ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(VERSION), 0) FROM \"" + t + "\"")) {
                    rs.next();
                    m.put(t + ".VERSION", rs.getLong(1));
                }
            }
        }
        if (!m.containsKey("TICKET") || !m.containsKey("TALENT.VERSION")) {
            throw new IllegalStateException("the snapshot misses the engine's tables: " + m.keySet());
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
