package cn.lyg.talent.engine.internal.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned SQL scripts listed in {@code db/migration/index} that the database has
 * not seen yet, each in its own transaction, and records them in {@code SCHEMA_VERSION}. An
 * upgrade thus keeps every record (design.md section 7); applied scripts are never edited.
 */
public final class SchemaMigrations {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String INDEX = "db/migration/index";

    private final ClassLoader loader;

    public SchemaMigrations(ClassLoader loader) {
        this.loader = loader;
    }

    /** Applies pending scripts; returns the names applied now. */
    public List<String> apply(DataSource dataSource) throws SQLException, IOException {
        List<String> applied = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            ensureVersionTable(c);
            Set<String> done = appliedVersions(c);
            for (String script : scripts()) {
                if (done.contains(script)) {
                    continue;
                }
                run(c, script);
                applied.add(script);
                LOG.info("Applied schema migration {}", script);
            }
        }
        return applied;
    }

    private void run(Connection c, String script) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            for (String sql : statements(read("db/migration/" + script))) {
                st.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO SCHEMA_VERSION (SCRIPT, APPLIED_AT) VALUES (?, ?)")) {
                ps.setString(1, script);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static void ensureVersionTable(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        boolean exists = false;
        for (String name : new String[] {"SCHEMA_VERSION", "schema_version"}) {
            try (ResultSet rs = md.getTables(null, null, name, new String[] {"TABLE"})) {
                exists |= rs.next();
            }
        }
        if (!exists) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE SCHEMA_VERSION (SCRIPT VARCHAR(200) NOT NULL PRIMARY KEY, "
                        + "APPLIED_AT TIMESTAMP NOT NULL)");
            }
        }
    }

    private static Set<String> appliedVersions(Connection c) throws SQLException {
        Set<String> done = new HashSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SCRIPT FROM SCHEMA_VERSION")) {
            while (rs.next()) {
                done.add(rs.getString(1));
            }
        }
        return done;
    }

    List<String> scripts() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : read(INDEX).split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                names.add(l);
            }
        }
        return names;
    }

    /** Splits a script at semicolons ending a line; comment lines are dropped. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (l.endsWith(";")) {
                String sql = current.toString().strip();
                result.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    private String read(String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing resource " + resource);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                StringBuilder sb = new StringBuilder();
                String line;
                while ((line = r.readLine()) != null) {
                    sb.append(line).append('\n');
                }
                return sb.toString();
            }
        }
    }
}
