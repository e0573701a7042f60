package cn.lyg.talent.engine.internal.store;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;

/**
 * An instance upgraded in place: the scripts up to a version run on an older release's data, then
 * the newer scripts run on that data, as on a city's database that has run for years.
 */
public class SchemaUpgradeTest {

    /** The engine's scripts as a release that ended at {@code last} shipped them. */
    private static ClassLoader releaseEndingAt(String last) {
        ClassLoader real = SchemaUpgradeTest.class.getClassLoader();
        return new ClassLoader(real) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (!name.equals("db/migration/index")) {
                    return real.getResourceAsStream(name);
                }
                try (InputStream in = real.getResourceAsStream(name)) {
                    String index = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    String older = index.substring(0, index.indexOf(last) + last.length()) + "\n";
                    return new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    @Test
    public void v010APersonalReadingIsKeptAndASharedOneIsUnreadForEachReader() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        new SchemaMigrations(releaseEndingAt("V009__rectification_notice_per_party.sql")).apply(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            String insert = "INSERT INTO NOTIFICATION (ID, RECIPIENT, KIND, TEXT_ZH, TEXT_EN, CREATED_AT, READ_AT)"
                    + " VALUES ('%s', '%s', 'TRANSITION', '文', 'text', TIMESTAMP '2026-11-20 08:00:00', %s)";
            st.execute(String.format(insert, "n1", "talent1", "TIMESTAMP '2026-11-20 09:00:00'"));
            st.execute(String.format(insert, "n2", "talent1", "NULL"));
            st.execute(String.format(insert, "n3", "role:window@320700", "TIMESTAMP '2026-11-20 09:30:00'"));
            st.execute(String.format(insert, "n4", "unit:EDUCATION", "TIMESTAMP '2026-11-20 10:00:00'"));
        }

        assertEquals(List.of("V010__notification_read_per_reader.sql"),
                new SchemaMigrations(releaseEndingAt("V010__notification_read_per_reader.sql")).apply(ds));

        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT NOTIFICATION_ID, ACCOUNT, READ_AT FROM NOTIFICATION_READ"
                        + " ORDER BY NOTIFICATION_ID")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getTimestamp(3).toLocalDateTime());
            }
            assertEquals(List.of("n1 talent1 2026-11-20T09:00"), rows);
        }
        // Nothing is lost: the notifications and their first readings stay as they were.
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM NOTIFICATION WHERE READ_AT IS NOT NULL")) {
            rs.next();
            assertEquals(3, rs.getInt(1));
        }
    }

    /** V011: a re-rating given before the script is linked to the rectification that points at it. */
    @Test
    public void v011AReRatingIsLinkedToTheRectificationThatPointsAtIt() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        new SchemaMigrations(releaseEndingAt("V010__notification_read_per_reader.sql")).apply(ds);
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            // Only the rows the script reads; their ticket and talent do not matter here.
            st.execute("SET REFERENTIAL_INTEGRITY FALSE");
            String rating = "INSERT INTO RATING (ID, TICKET_ID, STAGE, LEVEL_CODE, RATED_AT, RECORDED_BY, VOIDED, ACTIVE_KEY)"
                    + " VALUES ('%s', 't1', '%s', '%s', TIMESTAMP '2026-11-20 08:00:00', 'talent1', %s, '%s')";
            st.execute(String.format(rating, "bad", "COMPLETION", "DISSATISFIED", "FALSE", "ACTIVE"));
            st.execute(String.format(rating, "re", "RECTIFICATION", "SATISFIED", "FALSE", "re"));
            st.execute(String.format(rating, "voided", "RECTIFICATION", "VERY_DISSATISFIED", "TRUE", "voided"));
            st.execute("INSERT INTO RECTIFICATION (ID, RATING_ID, TICKET_ID, UNIT_CODE, JURISDICTION, STATUS, OPENED_AT,"
                    + " DUE_AT, RE_RATING_ID, VERSION) VALUES ('r1', 'bad', 't1', 'EDUCATION', '320706', 'RE_RATED',"
                    + " TIMESTAMP '2026-11-20 08:00:00', TIMESTAMP '2026-11-27 17:30:00', 're', 3)");
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }

        assertEquals(List.of("V011__rectification_actors_and_re_rating_link.sql"),
                new SchemaMigrations(releaseEndingAt("V011__rectification_actors_and_re_rating_link.sql")).apply(ds));

        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT ID, RECTIFICATION_ID FROM RATING ORDER BY ID")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
            // The voided one had been unlinked before the script: it stays without a link.
            assertEquals(List.of("bad null", "re r1", "voided null"), rows);
        }
        // V012: every rating voided before it was voided as mistaken, which freed its stage.
        assertEquals(List.of("V012__rating_voided_as_malicious.sql"),
                new SchemaMigrations(releaseEndingAt("V012__rating_voided_as_malicious.sql")).apply(ds));
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM RATING WHERE VOIDED_AS_MALICIOUS")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
