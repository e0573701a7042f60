package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Production runs on PostgreSQL (design.md section 7; operator guide, "PostgreSQL"): the built
 * distribution with the driver's feature booted and the data source pointed at a PostgreSQL
 * server of the test's own ({@link ThrowawayPostgres}), as an operator sets it up. Every schema
 * migration, the core's and the plugins' tables, a whole ticket lifecycle, a refusal that writes
 * nothing, two clerks dispatching at once, a rating that opens a rectification and the gold card
 * register run on it as they do on H2.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresIT extends TalentTestSupport {

    @Override
    @org.ops4j.pax.exam.Configuration
    public Option[] config() {
        ThrowawayPostgres pg;
        try {
            pg = ThrowawayPostgres.get();
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL for PostgresIT: " + e.getMessage(), e);
        }
        String file = "etc/org.ops4j.datasource-talentdb.cfg";
        List<Option> options = new ArrayList<>(Arrays.asList(super.config()));
        options.add(editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresBoot", "talent-db-postgresql"));
        options.add(editConfigurationFilePut(file, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"));
        options.add(editConfigurationFilePut(file, "url", pg.url()));
        options.add(editConfigurationFilePut(file, "user", "talent"));
        options.add(editConfigurationFilePut(file, "password", "talent"));
        return options.toArray(new Option[0]);
    }

    @Test
    public void theWindowRunsOnPostgreSql() throws Exception {
        awaitApi();
        try (Connection c = service(DataSource.class, "(osgi.jndi.service.name=talentdb)").getConnection()) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
        }
        // Every migration of the engine, and the plugins' own tables.
        assertTrue(count("SCHEMA_VERSION") >= 15);
        for (String table : new String[] {"GOLD_CARD", "MEDICAL_EXAM", "HOUSING_GRANT", "SPOUSE_STAFFING_DECISION"}) {
            assertEquals(table, 0, count(table));
        }

        HttpResponse<String> registered = http("POST", "/talents", "window1", talentJson("王晓明", newIdNumber()));
        assertEquals(registered.body(), 201, registered.statusCode());
        String talent = field(registered.body(), "id");
        assertEquals(201, http("POST", "/talents/" + talent + "/certifications", "supervisor1",
                "{\"talentClass\":\"C\",\"certifiedBy\":\"市人才办\",\"basis\":\"测试\",\"validFrom\":\"2020-01-01\"}").statusCode());
        // Chinese in a LIKE search, as on H2.
        assertTrue(http("GET", "/talents?name=晓", "window1", null).body().contains(talent));

        // Bad input: refused, nothing written.
        long tickets = count("TICKET");
        HttpResponse<String> bad = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"tax\",\"description\":\"\",\"form\":{\"matter\":\"invoice\"}}");
        assertEquals(bad.body(), 422, bad.statusCode());
        assertEquals(tickets, count("TICKET"));

        // Art.6, Art.7: submission to close.
        String t = submitted(talent, "个税汇算咨询");
        assertEquals(200, act(t, "accept", "window1", null).statusCode());
        assertEquals(200, act(t, "dispatch", "window1", "{\"unit\":\"TAX\"}").statusCode());
        assertEquals(200, act(t, "contact", "dept_tax", null).statusCode());
        assertEquals(200, act(t, "resolve", "dept_tax", "{\"reply\":\"已办结\"}").statusCode());
        // Art.8: a bad rating opens a rectification for the unit.
        HttpResponse<String> rated = http("POST", "/tickets/" + t + "/ratings", "window1",
                "{\"stage\":\"COMPLETION\",\"level\":\"DISSATISFIED\",\"comment\":\"回复太慢\"}");
        assertEquals(rated.body(), 201, rated.statusCode());
        assertEquals(1, count("RECTIFICATION WHERE TICKET_ID = '" + t + "'"));
        assertEquals(200, act(t, "follow-up", "window1", "{\"followUpMethod\":\"PHONE\"}").statusCode());
        HttpResponse<String> closed = act(t, "close", "window1", null);
        assertTrue(closed.body(), closed.statusCode() == 200 && closed.body().contains("\"state\":\"CLOSED\""));
        assertEquals(7, count("TICKET_EVENT WHERE TICKET_ID = '" + t + "'"));

        // Two clerks dispatching one ticket at once: one succeeds, the other is told, nothing half-written.
        String twice = submitted(talent, "发票咨询");
        assertEquals(200, act(twice, "accept", "window1", null).statusCode());
        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> dispatch(twice));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> dispatch(twice));
        List<Integer> statuses = new ArrayList<>(List.of(a.get().statusCode(), b.get().statusCode()));
        statuses.sort(null);
        assertEquals(List.of(200, 409), statuses);
        assertEquals(3, count("TICKET_EVENT WHERE TICKET_ID = '" + twice + "'"));
        // Art.7: the unit's work by the open step due soonest; the closed ticket, with nothing open, last.
        HttpResponse<String> byDue = http("GET", "/tickets?sort=due", "dept_tax", null);
        assertEquals(byDue.body(), 200, byDue.statusCode());
        assertTrue(byDue.body(), byDue.body().indexOf(twice) >= 0 && byDue.body().indexOf(twice) < byDue.body().indexOf(t));

        // Art.4.5: the gold card register numbers a card in its own tables.
        HttpResponse<String> applied = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"gold-card\",\"description\":\"申领金卡\",\"form\":{\"delivery\":\"window\",\"useRegistryPhoto\":true}}");
        assertEquals(applied.body(), 201, applied.statusCode());
        String g = field(applied.body(), "id");
        assertEquals(200, act(g, "accept", "window1", null).statusCode());
        assertEquals(200, act(g, "dispatch", "window1", "{\"unit\":\"HRSS\"}").statusCode());
        assertEquals(200, act(g, "contact", "dept_hrss", null).statusCode());
        HttpResponse<String> issued = act(g, "resolve", "dept_hrss", "{\"reply\":\"金卡已制作\"}");
        assertTrue(issued.body(), issued.statusCode() == 200 && issued.body().contains("\"cardNumber\":\"LYG"));
        assertEquals(1, count("GOLD_CARD"));
    }

    private static String submitted(String talent, String description) throws Exception {
        HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"tax\",\"description\":\"" + description + "\",\"form\":{\"matter\":\"invoice\"}}");
        assertEquals(created.body(), 201, created.statusCode());
        return field(created.body(), "id");
    }

    private static HttpResponse<String> dispatch(String ticket) {
        try {
            return act(ticket, "dispatch", "window1", "{\"unit\":\"TAX\"}");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
