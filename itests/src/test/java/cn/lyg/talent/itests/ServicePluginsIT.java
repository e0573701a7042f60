package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.ws.rs.core.SecurityContext;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.PluginResource;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.window.OneStopWindow;

/**
 * Services as plugins on the running distribution (Art.4, Art.9): features installed, replaced,
 * extended, uninstalled and reinstalled from the console while tickets are in flight; a service
 * from a descriptor file dropped into etc/services; a plugin that throws.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ServicePluginsIT extends TalentTestSupport {
    private static final String GOLD_CARD_FORM = "{\"delivery\":\"window\",\"useRegistryPhoto\":true}";

    @Before
    public void apiIsUp() throws Exception {
        awaitApi();
    }

    /** A registered, certified (class C) talent of {@code jurisdiction}; returns its id. */
    private String talent(String jurisdiction) throws Exception {
        String body = talentJson("插件测试", newIdNumber());
        body = body.substring(0, body.length() - 1) + ",\"jurisdiction\":\"" + jurisdiction + "\"}";
        HttpResponse<String> r = http("POST", "/talents", "window1", body);
        assertEquals(r.body(), 201, r.statusCode());
        String id = field(r.body(), "id");
        HttpResponse<String> c = http("POST", "/talents/" + id + "/certifications", "supervisor1",
                "{\"talentClass\":\"C\",\"certifiedBy\":\"市人才办\",\"basis\":\"测试\",\"validFrom\":\"2020-01-01\"}");
        assertEquals(c.body(), 201, c.statusCode());
        return id;
    }

    private static HttpResponse<String> submit(String talent, String service, String form) throws Exception {
        return http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent + "\",\"serviceCode\":\"" + service
                + "\",\"description\":\"插件测试\",\"form\":" + form + "}");
    }

    /** A photo handed in for the talent at the window (Art.6 materials, decision 0020); its id, for a form. */
    private static String photo(String talent) throws Exception {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
        return created(httpBody("POST", "/attachments?fileName=photo.jpg&talentId=" + talent, "window1", "image/jpeg", jpeg));
    }

    private static String created(HttpResponse<String> r) {
        assertEquals(r.body(), 201, r.statusCode());
        return field(r.body(), "id");
    }

    /** Polls the catalog over HTTP until {@code condition} holds for the answer, at most 30 s (Art.9 "within seconds"). */
    private static String awaitCatalog(String path, Predicate<HttpResponse<String>> condition) throws Exception {
        return awaitPath(path, null, condition);
    }

    private String admin(String command) throws Exception {
        // The roles of the demo admin's group (etc/users.properties): bundle commands need manager.
        String out = console("admin", command, "admin", "manager", "viewer");
        assertFalse(command + ": " + out, out.startsWith("ERROR"));
        return out;
    }

    /**
     * The registration of the window service: a new one means the engine was restarted, as a
     * Karaf refresh of the JPA bundles once did on every feature:install and uninstall.
     */
    private Object windowRegistration() {
        return bundleContext.getServiceReference(OneStopWindow.class).getProperty(Constants.SERVICE_ID);
    }

    @Test
    public void art9EnableFromTheConsoleUninstallKeepsTicketsAndReinstallResumesThem() throws Exception {
        String haizhou = talent("320706");
        String inFlight = created(submit(haizhou, "gold-card", GOLD_CARD_FORM));
        assertEquals(404, http("GET", "/services/haizhou-talent-salon?jurisdiction=320706", null, null).statusCode());
        Object engine = windowRegistration();

        admin("feature:install talent-example-haizhou-talent-salon");
        String entry = awaitCatalog("/services/haizhou-talent-salon?jurisdiction=320706", r -> r.statusCode() == 200);
        assertTrue(entry, entry.contains("\"bundle\":\"cn.lyg.talent.example.haizhou\""));
        assertTrue(entry, entry.contains("\"origin\":\"COUNTY\""));
        // A Haizhou service is not offered elsewhere, and the other services kept answering.
        assertEquals(404, http("GET", "/services/haizhou-talent-salon?jurisdiction=320722", null, null).statusCode());
        assertEquals(200, http("GET", "/tickets/" + inFlight, "window1", null).statusCode());

        String form = "{\"sessionDate\":\"2099-05-01\",\"topics\":[\"startup\",\"policy\"],\"attendees\":2}";
        String salon = created(submit(haizhou, "haizhou-talent-salon", form));
        HttpResponse<String> bad = submit(haizhou, "haizhou-talent-salon", "{\"topics\":[\"golf\"],\"attendees\":9}");
        assertEquals(bad.body(), 422, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"field\":\"form.sessionDate\""));
        assertTrue(bad.body(), bad.body().contains("\"field\":\"form.topics\""));
        assertTrue(bad.body(), bad.body().contains("\"field\":\"form.attendees\""));

        admin("feature:uninstall talent-example-haizhou-talent-salon");
        awaitCatalog("/services/haizhou-talent-salon?jurisdiction=320706", r -> r.statusCode() == 404);
        HttpResponse<String> kept = http("GET", "/tickets/" + salon, "window1", null);
        assertEquals(kept.body(), 200, kept.statusCode());
        assertTrue(kept.body(), kept.body().contains("\"serviceOffered\":false"));
        assertTrue(kept.body(), kept.body().contains("\"serviceProvider\":\"cn.lyg.talent.example.haizhou "));
        assertTrue(kept.body(), kept.body().contains("\"topics\":[\"startup\",\"policy\"]"));
        HttpResponse<String> paused = http("POST", "/tickets/" + salon + "/accept", "window1", null);
        assertEquals(paused.body(), 409, paused.statusCode());
        assertTrue(paused.body(), paused.body().contains("SERVICE_NOT_OFFERED"));

        admin("feature:install talent-example-haizhou-talent-salon");
        awaitCatalog("/services/haizhou-talent-salon?jurisdiction=320706", r -> r.statusCode() == 200);
        HttpResponse<String> resumed = http("POST", "/tickets/" + salon + "/accept", "window1", null);
        assertEquals(resumed.body(), 200, resumed.statusCode());
        admin("feature:uninstall talent-example-haizhou-talent-salon");
        // Installing and removing a county's plugin, as an operator types it (no -r), left the
        // engine running: the platform is not restarted under the window's feet.
        assertEquals(engine, windowRegistration());
    }

    /** A plugin's REST resource, registered by the test as a plugin bundle registers its own. */
    @javax.ws.rs.Path("plugins/itest-echo")
    public static class EchoResource implements PluginResource {
        @Override
        public String name() {
            return "itest-echo";
        }

        @javax.ws.rs.GET
        @javax.ws.rs.Path("caller")
        @javax.ws.rs.Produces("application/json")
        public Map<String, String> caller(@javax.ws.rs.core.Context SecurityContext sc) {
            return Map.of("account", ((Actor) sc.getUserPrincipal()).account());
        }

        /** Named like the platform's public catalog, but the plugin's own: it needs a login too. */
        @javax.ws.rs.GET
        @javax.ws.rs.Path("services")
        @javax.ws.rs.Produces("application/json")
        public Map<String, String> services(@javax.ws.rs.core.Context SecurityContext sc) {
            return caller(sc);
        }
    }

    /**
     * Art.9: a county installs and removes plugins while the window works. A plugin's resource
     * comes and goes with a server of its own at /api/v1/plugins/<name>, with the platform's
     * authentication and errors; the platform's API answers throughout (when it was published
     * anew instead, about one request in six during a plugin's uninstall and reinstall got 404).
     */
    @Test
    public void art9WhileAPluginsResourceComesAndGoesThePlatformsApiAnswersThroughout() throws Exception {
        AtomicBoolean polling = new AtomicBoolean(true);
        List<HttpResponse<String>> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService poller = Executors.newSingleThreadExecutor();
        Future<?> polled = poller.submit(() -> {
            while (polling.get()) {
                answers.add(http("GET", "/units", null, null));
            }
            return null;
        });
        try {
            for (int round = 0; round < 2; round++) {
                ServiceRegistration<PluginResource> reg = bundleContext.registerService(
                        PluginResource.class, new EchoResource(), null);
                try {
                    String caller = awaitPath("/plugins/itest-echo/caller", "window1", r -> r.statusCode() == 200);
                    assertTrue(caller, caller.contains("\"account\":\"window1\""));
                    assertEquals(401, http("GET", "/plugins/itest-echo/caller", null, null).statusCode());
                    assertEquals(401, http("GET", "/plugins/itest-echo/services", null, null).statusCode());
                    assertEquals(200, http("GET", "/plugins/itest-echo/services", "window1", null).statusCode());
                } finally {
                    reg.unregister();
                }
                awaitPath("/plugins/itest-echo/caller", "window1", r -> r.statusCode() == 404);
            }
        } finally {
            polling.set(false);
            polled.get();
            poller.shutdown();
        }
        assertFalse(answers.isEmpty());
        for (HttpResponse<String> a : answers) {
            assertEquals(a.body(), 200, a.statusCode());
        }
    }

    /** Polls a path as {@code user} until {@code condition} holds, at most 30 s. */
    private static String awaitPath(String path, String user, Predicate<HttpResponse<String>> condition) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        HttpResponse<String> r;
        do {
            r = http("GET", path, user, null);
            if (condition.test(r)) {
                return r.body();
            }
            Thread.sleep(100);
        } while (System.currentTimeMillis() < until);
        throw new AssertionError(path + " did not change in 30 s: " + r.statusCode() + " " + r.body());
    }

    @Test
    public void art9ACountyReplacementWinsForNewTicketsAndTheCityVersionReturns() throws Exception {
        String donghai = talent("320722");
        String before = created(submit(donghai, "gold-card", GOLD_CARD_FORM));

        admin("feature:install talent-example-donghai-gold-card");
        String entry = awaitCatalog("/services/gold-card?jurisdiction=320722",
                r -> r.body().contains("\"origin\":\"COUNTY_REPLACEMENT\""));
        assertTrue(entry, entry.contains("\"bundle\":\"cn.lyg.talent.example.donghai\""));
        assertTrue(entry, entry.contains("\"bundle\":\"cn.lyg.talent.plugin.city\""));
        // Elsewhere the city's service is in force.
        assertTrue(http("GET", "/services/gold-card?jurisdiction=320706", null, null).body().contains("\"origin\":\"CITY\""));
        String listing = console("admin", "catalog:show -j 320722 gold-card", "admin");
        assertTrue(listing, listing.contains("county replacement"));
        assertTrue(listing, listing.contains("cn.lyg.talent.plugin.city"));

        HttpResponse<String> after = submit(donghai, "gold-card", "{\"photo\":\"" + photo(donghai) + "\",\"hotSpringAccess\":true}");
        String replaced = created(after);
        assertTrue(after.body(), after.body().contains("\"serviceProvider\":\"cn.lyg.talent.example.donghai "));
        assertTrue(after.body(), after.body().contains("\"serviceOrigin\":\"COUNTY_REPLACEMENT\""));
        String old = http("GET", "/tickets/" + before, "window1", null).body();
        assertTrue(old, old.contains("\"serviceProvider\":\"cn.lyg.talent.plugin.city "));

        // The county's handler: the card number is required on resolve and becomes the outcome.
        assertEquals(200, http("POST", "/tickets/" + replaced + "/accept", "window1", null).statusCode());
        assertEquals(200, http("POST", "/tickets/" + replaced + "/dispatch", "window1", "{\"unit\":\"HRSS\"}").statusCode());
        assertEquals(200, http("POST", "/tickets/" + replaced + "/contact", "dept_hrss", null).statusCode());
        HttpResponse<String> noNumber = http("POST", "/tickets/" + replaced + "/resolve", "dept_hrss", "{\"reply\":\"已制卡\"}");
        assertEquals(noNumber.body(), 422, noNumber.statusCode());
        assertTrue(noNumber.body(), noNumber.body().contains("DONGHAI_CARD_NUMBER"));
        HttpResponse<String> resolved = http("POST", "/tickets/" + replaced + "/resolve", "dept_hrss",
                "{\"reply\":\"已制卡\",\"values\":{\"cardNumber\":\"DH20261125\"}}");
        assertEquals(resolved.body(), 200, resolved.statusCode());
        assertTrue(resolved.body(), resolved.body().contains("\"cardNumber\":\"DH20261125\""));
        assertTrue(resolved.body(), resolved.body().contains("已发放东海县人才服务金卡 DH20261125"));
        // Art.4.5 with Art.9: Donghai's cards are in Donghai's register, not the city's; the city's
        // gold card plugin does not refuse a Donghai holder's scenic-visit booking.
        HttpResponse<String> visit = submit(donghai, "scenic-visit", "{\"goldCardNumber\":\"DH20261125\",\"scenicArea\":\"huaguoshan\","
                + "\"visitDate\":\"" + LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(3) + "\"}");
        assertEquals(visit.body(), 201, visit.statusCode());

        // The county's card register (the plugin's own table): a number is issued once.
        String second = created(submit(donghai, "gold-card", "{\"photo\":\"" + photo(donghai) + "\"}"));
        assertEquals(200, http("POST", "/tickets/" + second + "/accept", "window1", null).statusCode());
        assertEquals(200, http("POST", "/tickets/" + second + "/dispatch", "window1", "{\"unit\":\"HRSS\"}").statusCode());
        assertEquals(200, http("POST", "/tickets/" + second + "/contact", "dept_hrss", null).statusCode());
        HttpResponse<String> taken = http("POST", "/tickets/" + second + "/resolve", "dept_hrss",
                "{\"reply\":\"已制卡\",\"values\":{\"cardNumber\":\"DH20261125\"}}");
        assertEquals(taken.body(), 422, taken.statusCode());
        assertTrue(taken.body(), taken.body().contains("DONGHAI_CARD_TAKEN"));
        long cards = count("DONGHAI_GOLD_CARD");
        assertTrue(cards >= 1);

        // A bad setting is reported, not swallowed: the county's component does not start (the
        // log names the PID and key), the city's version is in force meanwhile, and a good value
        // brings the county's back.
        String pid = "cn.lyg.talent.example.donghai.goldcard";
        admin("config:edit " + pid + "; config:property-set validityYears 0; config:update");
        awaitCatalog("/services/gold-card?jurisdiction=320722", r -> r.body().contains("\"origin\":\"CITY\""));
        // The county's operator reads why, with the file to correct, in Chinese and English, once:
        // 0 is out of the declared range (1 to 10), and the plugin's own refusal of the same
        // setting is not a second row.
        String problems = awaitPath("/catalog/problems", "supervisor1",
                r -> r.body().contains("setting validityYears = 0 is out of its allowed range"));
        assertTrue(problems, problems.contains("\"source\":\"etc/" + pid + ".cfg\"")
                && problems.contains("设置 validityYears = 0 超出允许的范围（1 至 10）；使用它的插件不会启动，请改正")
                && problems.contains("the plugin that uses it does not start until it is put right"));
        assertFalse(problems, problems.contains("does not start: etc/" + pid));
        assertFalse(problems, problems.contains("Unable to get service for reference"));
        // ... and that the city's version now takes Donghai's new requests (it reads "市级" on a ticket otherwise).
        String inForce = awaitPath("/catalog/problems", "supervisor1", r -> r.body().contains("本地版本未运行"));
        assertTrue(inForce, inForce.contains("东海县的“东海县高层次人才服务金卡”本地版本未运行") && inForce.contains("新申请按市级版本受理")
                && inForce.contains("new requests are taken under the city version"));
        // A value that is no number at all is quoted as typed, once: not a second line with SCR's exception.
        admin("config:edit " + pid + "; config:property-set validityYears five; config:update");
        // (Once SCR has tried the new value: the refusal of the 0 before it is gone.)
        String misread = awaitPath("/catalog/problems", "supervisor1", r -> r.body().contains("validityYears = five")
                && !r.body().contains("validityYears 的值“0”"));
        assertFalse(misread, misread.contains("NumberFormatException"));
        admin("config:edit " + pid + "; config:property-set validityYears 3; config:update");
        awaitCatalog("/services/gold-card?jurisdiction=320722", r -> r.body().contains("\"origin\":\"COUNTY_REPLACEMENT\""));

        assertFalse(http("GET", "/catalog/problems", "supervisor1", null).body().contains("本地版本未运行"));

        admin("feature:uninstall talent-example-donghai-gold-card");
        awaitCatalog("/services/gold-card?jurisdiction=320722", r -> r.body().contains("\"origin\":\"CITY\""));
        // An uninstall is the county's choice, not a problem.
        assertFalse(http("GET", "/catalog/problems", "supervisor1", null).body().contains("本地版本未运行"));
        assertEquals("uninstalling deletes none of the plugin's data", cards, count("DONGHAI_GOLD_CARD"));
        String kept = http("GET", "/tickets/" + replaced, "window1", null).body();
        assertTrue(kept, kept.contains("\"serviceProvider\":\"cn.lyg.talent.example.donghai "));
        assertTrue(kept, kept.contains("DH20261125"));
        // The county's configuration survives the uninstall (Art.9: no purge unless asked for).
        assertTrue(Files.exists(Paths.get(System.getProperty("karaf.etc"), "cn.lyg.talent.example.donghai.goldcard.cfg")));
    }

    /**
     * A county operator types Chinese into a running plugin's number (saved as UTF-8, as editors
     * do): the problem quotes it as typed, and says truly that the plugin goes on with its last
     * good settings meanwhile (it was running; SCR hands it only settings that read).
     */
    @Test
    public void aBadNumberInARunningPluginsFileIsQuotedAsTypedAndItsLastGoodSettingsStay() throws Exception {
        Path file = Paths.get(System.getProperty("karaf.etc"), "cn.lyg.talent.plugin.goldcard.cfg");
        String before = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(before, before.contains("validityYears = 5"));
        Files.write(file, before.replace("validityYears = 5", "validityYears = 五年").getBytes(StandardCharsets.UTF_8));
        try {
            String problems = awaitPath("/catalog/problems", "supervisor1", r -> r.body().contains("validityYears"));
            assertTrue(problems, problems.contains("设置 validityYears = 五年 不是整数；在改正之前，插件沿用上次有效的设置")
                    && problems.contains("setting validityYears = 五年 is not a whole number; the plugin keeps its last good settings"));
            assertTrue(http("GET", "/services/gold-card", null, null).body().contains("\"origin\":\"CITY\""));
        } finally {
            Files.write(file, before.getBytes(StandardCharsets.ISO_8859_1));
        }
        awaitPath("/catalog/problems", "supervisor1", r -> !r.body().contains("validityYears"));
        // A value the plugin itself refuses (its declared type fits) is listed too: the register
        // goes on with its last good settings, and the operator learns the edit did not apply.
        Files.write(file, (before + "\nnumberPrefix = lyg\n").getBytes(StandardCharsets.ISO_8859_1));
        try {
            String refused = awaitPath("/catalog/problems", "supervisor1", r -> r.body().contains("numberPrefix"));
            assertTrue(refused, refused.contains("修改后的配置未被采用，仍按原配置执行：设置 numberPrefix")
                    && refused.contains("etc/cn.lyg.talent.plugin.goldcard.cfg"));
        } finally {
            Files.write(file, before.getBytes(StandardCharsets.ISO_8859_1));
        }
        awaitPath("/catalog/problems", "supervisor1", r -> !r.body().contains("numberPrefix"));
    }

    /**
     * Art.9: a county's housing terms with a wrong setting are refused alone. They once took the
     * housing service away from the whole city, and an unknown division code was published in the
     * guide while applying to no one.
     */
    @Test
    public void art9OneCountysBadHousingTermsLeaveTheCityAndTheOtherCountiesTheirs() throws Exception {
        Path file = Paths.get(System.getProperty("karaf.etc"), "cn.lyg.talent.plugin.housing.terms-donghai.cfg");
        Path second = Paths.get(System.getProperty("karaf.etc"), "cn.lyg.talent.plugin.housing.terms-donghai2.cfg");
        Files.writeString(file, "jurisdiction = 320799\nvoucherC = 200000\n", StandardCharsets.UTF_8);
        try {
            String problems = awaitPath("/catalog/problems", "supervisor1",
                    r -> r.body().contains("cn.lyg.talent.plugin.housing.terms-donghai.cfg"));
            assertTrue(problems, problems.contains("320799") && problems.contains("须是在用辖区的 6 位行政区划代码")
                    && problems.contains("must be the division code of a jurisdiction in use"));
            String guide = awaitCatalog("/services/housing?jurisdiction=320706", r -> r.statusCode() == 200);
            assertFalse(guide, guide.contains("320799"));
            created(submit(talent("320706"), "housing", "{\"forms\":[\"living-subsidy\"]}"));

            // Two files for one county: a file is refused naming the other (both are, when both
            // start at once); the guide shows neither, and Donghai's requests wait rather than take
            // the city's amounts.
            Files.writeString(file, "jurisdiction = 320722\nvoucherC = 210000\n", StandardCharsets.UTF_8);
            Files.writeString(second, "jurisdiction = 320722\nvoucherC = 260000\n", StandardCharsets.UTF_8);
            String twice = awaitPath("/catalog/problems", "supervisor1", r -> r.body().contains("terms-donghai.cfg")
                    && r.body().contains("terms-donghai2.cfg") && r.body().contains("keep one file per jurisdiction"));
            assertTrue(twice, twice.contains("每个辖区只保留一个文件"));
            String guide2 = awaitCatalog("/services/housing?jurisdiction=320722", r -> r.statusCode() == 200);
            assertFalse(guide2, guide2.contains("210000") || guide2.contains("260000"));
            HttpResponse<String> held = submit(talent("320722"), "housing", "{\"forms\":[\"living-subsidy\"]}");
            assertEquals(held.body(), 422, held.statusCode());
            assertTrue(held.body(), held.body().contains("TERMS_BEING_CORRECTED") && held.body().contains("东海县的人才安居标准设置有误"));
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(second);
        }
        awaitPath("/catalog/problems", "supervisor1", r -> !r.body().contains("terms-donghai"));
        awaitCatalog("/services/housing", r -> r.statusCode() == 200 && !r.body().contains("210000")
                && !r.body().contains("260000"));
    }

    @Test
    public void art9AnExtensionAddsAFieldAndARuleWithoutReplacing() throws Exception {
        String guanyun = talent("320723");
        admin("feature:install talent-example-guanyun-gold-card-rule");
        String entry = awaitCatalog("/services/gold-card?jurisdiction=320723",
                r -> r.body().contains("monthsEmployedInCounty"));
        assertTrue(entry, entry.contains("\"origin\":\"CITY\""));
        assertTrue(entry, entry.contains("cn.lyg.talent.example.guanyun"));
        long tickets = count("TICKET");
        HttpResponse<String> missing = submit(guanyun, "gold-card", GOLD_CARD_FORM);
        assertEquals(missing.body(), 422, missing.statusCode());
        assertTrue(missing.body(), missing.body().contains("\"field\":\"form.monthsEmployedInCounty\""));
        HttpResponse<String> tooShort = submit(guanyun, "gold-card",
                "{\"delivery\":\"window\",\"useRegistryPhoto\":true,\"monthsEmployedInCounty\":3}");
        assertEquals(tooShort.body(), 422, tooShort.statusCode());
        assertTrue(tooShort.body(), tooShort.body().contains("GUANYUN_MINIMUM_MONTHS"));
        assertTrue(tooShort.body(), tooShort.body().contains("灌云县规定"));
        assertEquals("refused submissions write nothing", tickets, count("TICKET"));
        created(submit(guanyun, "gold-card", "{\"delivery\":\"window\",\"useRegistryPhoto\":true,\"monthsEmployedInCounty\":8}"));
        // The city's other talents see neither the field nor the rule.
        created(submit(talent("320706"), "gold-card", GOLD_CARD_FORM));
        admin("feature:uninstall talent-example-guanyun-gold-card-rule");
        awaitCatalog("/services/gold-card?jurisdiction=320723", r -> !r.body().contains("monthsEmployedInCounty"));
    }

    @Test
    public void aDescriptorDroppedIntoEtcServicesIsOfferedAndABrokenOneIsReported() throws Exception {
        Path folder = Paths.get(System.getProperty("karaf.etc"), "services");
        Files.createDirectories(folder);
        Path good = folder.resolve("lianyun-port-visit.xml");
        Path broken = folder.resolve("broken.xml");
        Path gbk = folder.resolve("gbk.xml");
        Files.writeString(good, "<service xmlns=\"urn:cn.lyg.talent:service:1\" code=\"port-visit\" jurisdiction=\"320703\">"
                + "<name zh=\"港口参观预约\" en=\"Port visit booking\"/><unit>TALENT_OFFICE</unit>"
                + "<form><field name=\"visitDate\" type=\"date\" required=\"true\" min=\"today\">"
                + "<label zh=\"参观日期\" en=\"Visit date\"/></field></form></service>", StandardCharsets.UTF_8);
        Files.writeString(broken, "<service xmlns=\"urn:cn.lyg.talent:service:1\" code=\"broken\"><name zh=\"坏\" en=\"Bad\"/>"
                + "<unit>TALENT_OFFICE</unit><colour>red</colour></service>", StandardCharsets.UTF_8);
        try {
            String entry = awaitCatalog("/services/port-visit?jurisdiction=320703", r -> r.statusCode() == 200);
            assertTrue(entry, entry.contains("etc/services/lianyun-port-visit.xml"));
            String problems = console("admin", "catalog:problems", "admin");
            assertTrue(problems, problems.contains("broken.xml"));
            assertTrue(problems, problems.contains("colour"));
            HttpResponse<String> overHttp = http("GET", "/catalog/problems", "admin", null);
            assertTrue(overHttp.body(), overHttp.body().contains("broken.xml"));
            assertEquals(403, http("GET", "/catalog/problems", "talent1", null).statusCode());
            // The broken file broke nothing else.
            assertEquals(200, http("GET", "/services/gold-card", null, null).statusCode());
            created(submit(talent("320703"), "port-visit", "{\"visitDate\":\"2099-01-02\"}"));

            // Saved by a Chinese editor as GBK: the operator is told to save it as UTF-8.
            Files.write(gbk, ("<service xmlns=\"urn:cn.lyg.talent:service:1\" code=\"gbk-visit\"><name zh=\"港口参观\" en=\"Visit\"/>"
                    + "<unit>TALENT_OFFICE</unit></service>").getBytes(java.nio.charset.Charset.forName("GBK")));
            // A typo in a file in use: its service stays offered, and the problem says so.
            Files.writeString(good, Files.readString(good).replace("</service>", ""), StandardCharsets.UTF_8);
            String told = awaitPath("/catalog/problems", "admin", r -> r.body().contains("gbk.xml")
                    && r.body().contains("先前读取的版本继续有效"));
            assertTrue(told, told.contains("文件不是 UTF-8 编码") && told.contains("save it as UTF-8"));
            assertTrue(told, told.contains("the version read before stays in force until the file is put right"));
            assertEquals(200, http("GET", "/services/port-visit?jurisdiction=320703", null, null).statusCode());
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(broken);
            Files.deleteIfExists(gbk);
        }
        awaitCatalog("/services/port-visit?jurisdiction=320703", r -> r.statusCode() == 404);
        assertFalse(console("admin", "catalog:problems", "admin").contains("broken.xml"));
    }

    @Test
    public void aThrowingPluginIsRecordedOnTheTicketAndTheWindowGoesOn() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(ServiceOffering.SERVICE_CODE, "tax");
        EligibilityRule throwing = a -> {
            throw new IllegalStateException("rule failed on purpose");
        };
        ServiceRegistration<EligibilityRule> reg = bundleContext.registerService(EligibilityRule.class, throwing, props);
        try {
            long until = System.currentTimeMillis() + 30_000;
            String ticket;
            do {
                ticket = created(submit(talent("320706"), "tax", "{\"matter\":\"invoice\"}"));
                ticket = http("GET", "/tickets/" + ticket, "window1", null).body();
            } while (!ticket.contains("\"failure\":true") && System.currentTimeMillis() < until);
            assertTrue(ticket, ticket.contains("rule failed on purpose"));
            assertTrue(ticket, ticket.contains("\"plugin\":\"" + bundleContext.getBundle().getSymbolicName()));
            assertEquals(200, http("POST", "/tickets/" + field(ticket, "id") + "/accept", "window1", null).statusCode());
        } finally {
            reg.unregister();
        }
    }

    /** Art.9: a county operator's mistyped setting is named in the catalog's problems until it is put right. */
    @Test
    public void aMistypedPluginSettingShowsAsACatalogProblem() throws Exception {
        admin("config:property-set -p cn.lyg.talent.plugin.goldcard validityYears 五年");
        try {
            String problems = http("GET", "/catalog/problems", "admin", null).body();
            assertTrue(problems, problems.contains("setting validityYears = 五年 is not a whole number")
                    && problems.contains("\"messageZh\":\"设置 validityYears = 五年 不是整数")
                    && problems.contains("\"bundle\":\"cn.lyg.talent.plugin.goldcard\""));
        } finally {
            admin("config:property-set -p cn.lyg.talent.plugin.goldcard validityYears 5");
        }
        assertFalse(http("GET", "/catalog/problems", "admin", null).body().contains("validityYears"));

        // A core setting out of range does not take the window (and the API) down: its default
        // applies and the problem says so until it is put right.
        admin("config:property-set -p cn.lyg.talent.window followUpWorkingDays 0");
        try {
            String problems = awaitPath("/catalog/problems", "admin", r -> r.body().contains("followUpWorkingDays"));
            assertTrue(problems, problems.contains("设置 followUpWorkingDays = 0 超出允许的范围（1 至 60）；在改正之前按默认值 5 执行"));
            awaitPath("/tickets?limit=1", "window1", r -> r.statusCode() == 200);
        } finally {
            admin("config:property-delete -p cn.lyg.talent.window followUpWorkingDays");
        }
        awaitPath("/catalog/problems", "admin", r -> !r.body().contains("followUpWorkingDays"));
        awaitPath("/tickets?limit=1", "window1", r -> r.statusCode() == 200);

        // A plugin that refused its setting and stopped comes back once the file is put right,
        // without restarting its bundle (FailedComponentRetry).
        admin("config:property-set -p cn.lyg.talent.plugin.medical hospitals H01");
        try {
            awaitCatalog("/services/medical-care", r -> r.statusCode() == 404);
            String why = awaitPath("/catalog/problems", "admin", r -> r.body().contains("hospitals"));
            assertTrue(why, why.contains("设置 hospitals 的条目“H01”无效"));
        } finally {
            admin("config:property-delete -p cn.lyg.talent.plugin.medical hospitals");
        }
        awaitCatalog("/services/medical-care", r -> r.statusCode() == 200);
        awaitPath("/catalog/problems", "admin", r -> !r.body().contains("hospitals"));
    }

    @Test
    public void theCatalogAndGuidesOverRestOpen311AndTheConsole() throws Exception {
        String list = http("GET", "/services", null, null).body();
        for (String code : new String[] {"gold-card", "scenic-visit", "travel-green-channel", "residence-hukou", "entry-exit",
                "business-registration", "tax", "research-support", "financial-loan", "title-evaluation"}) {
            assertTrue(code, list.contains("\"code\":\"" + code + "\""));
        }
        // Every descriptor the city ships is usable.
        String problems = http("GET", "/catalog/problems", "admin", null).body();
        assertFalse(problems, problems.contains("cn.lyg.talent.plugin.city"));
        HttpResponse<String> guide = HTTP.send(HttpRequest.newBuilder(URI.create(API
                + "/services/gold-card/guide")).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, guide.statusCode());
        assertTrue(guide.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(guide.body(), guide.body().contains("高层次人才服务金卡申领 服务指南"));
        assertTrue(guide.body(), guide.body().contains("Art.4.5"));
        String revisions = http("GET", "/services/gold-card/guide/revisions", null, null).body();
        assertTrue(revisions, revisions.contains("\"revision\":1"));
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(API
                + "/services/gold-card/guide?revision=999")).header("Accept", "text/html, application/problem+json").GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).statusCode());

        String open311 = http("GET", "/open311/services.json", null, null).body();
        assertTrue(open311, open311.contains("\"service_code\":\"gold-card\""));
        assertTrue(open311, open311.contains("\"metadata\":true"));
        String definition = http("GET", "/open311/services/gold-card.json?locale=en", null, null).body();
        assertTrue(definition, definition.contains("\"datatype\":\"singlevaluelist\""));
        assertTrue(definition, definition.contains("\"key\":\"mail\""));

        String console = console("admin", "catalog:list", "admin");
        assertTrue(console, console.contains("gold-card"));
        assertTrue(console, console.contains("cn.lyg.talent.plugin.city"));
        String show = console("admin", "catalog:show gold-card", "admin");
        assertTrue(show, show.contains("useRegistryPhoto"));
        // The checks a form field makes, its decimals too (1.5 months is refused as not whole).
        String loan = console("admin", "catalog:show financial-loan", "admin");
        assertTrue(loan, loan.contains("1..120 整数 whole numbers") && loan.contains("1..10000 最多 2 位小数 / at most 2 decimals"));
        // Revisions with their local publishing time, as every console time reads.
        String published = console("admin", "catalog:guide gold-card", "admin");
        assertTrue(published, published.matches("(?s).*\\| 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d +\\|.*"));
        // No revision -1, on the console as over REST.
        String negative = console("admin", "catalog:guide -r -1 gold-card", "admin");
        assertTrue(negative, negative.contains("INVALID_NUMBER") && negative.contains("--revision"));
        assertEquals(400, HTTP.send(HttpRequest.newBuilder(URI.create(API + "/services/gold-card/guide?revision=-1")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    public void aPluginGeneratedFromTheArchetypeInstallsIntoTheRunningDistribution() throws Exception {
        // Built and installed into the local repository by the archetype's own integration test
        // (plugins/archetype/src/test/resources/projects/county-service).
        String repo = "mvn:cn.lyg.talent.itest/talent-plugin-sample/0.1.0/xml/features";
        admin("feature:repo-add " + repo);
        admin("feature:install talent-plugin-sample");
        try {
            String entry = awaitCatalog("/services/guannan-talent-visit?jurisdiction=320724", r -> r.statusCode() == 200);
            assertTrue(entry, entry.contains("\"bundle\":\"cn.lyg.talent.itest.sample\""));
            String guannan = talent("320724");
            created(submit(guannan, "guannan-talent-visit", "{\"preferredDate\":\"2099-03-01\"}"));
            HttpResponse<String> past = submit(guannan, "guannan-talent-visit", "{\"preferredDate\":\"2001-03-01\"}");
            assertEquals(past.body(), 422, past.statusCode());
        } finally {
            admin("feature:uninstall talent-plugin-sample");
            admin("feature:repo-remove " + repo);
        }
    }

    @Test
    public void aPluginWithAMissingDependencyFailsToResolveNamingWhatIsMissing() throws Exception {
        Path jar = Files.createTempFile("talent-future-plugin", ".jar");
        Manifest m = new Manifest();
        m.getMainAttributes().putValue("Manifest-Version", "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        m.getMainAttributes().putValue("Bundle-SymbolicName", "cn.lyg.talent.itest.future");
        m.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        m.getMainAttributes().putValue("Talent-Services", "OSGI-INF/talent/*.xml");
        // Written for a platform API 2.0 this instance does not have.
        m.getMainAttributes().putValue("Require-Capability",
                "osgi.extender;filter:=\"(&(osgi.extender=cn.lyg.talent.services)(version>=2.0))\"");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), m)) {
            out.flush();
        }
        String installed = admin("bundle:install " + jar.toUri());
        String id = installed.replaceAll("(?s).*Bundle ID: (\\d+).*", "$1").strip();
        try {
            String started = console("admin", "bundle:start " + id, "admin", "manager", "viewer");
            assertTrue(started, started.contains("missing requirement"));
            assertTrue(started, started.contains("osgi.extender=cn.lyg.talent.services"));
            assertEquals(200, http("GET", "/services/gold-card", null, null).statusCode());
        } finally {
            admin("bundle:uninstall " + id);
            Files.deleteIfExists(jar);
        }
    }
}
