package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The registry over real HTTP on the distribution's Jetty, authenticated against its JAAS realm. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RestApiIT extends TalentTestSupport {

    @Before
    public void apiIsUp() throws Exception {
        awaitApi();
    }

    private static void assertProblem(HttpResponse<String> r, int status, String code) {
        assertEquals(r.body(), status, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body(), r.body().contains("\"code\":\"" + code + "\""));
        assertTrue(r.body(), r.body().contains("\"messageZh\""));
        assertTrue(r.body(), r.body().contains("\"messageEn\""));
        // The summary a generic client shows is the Chinese text, read first.
        assertEquals(r.body(), field(r.body(), "messageZh"), field(r.body(), "title"));
    }

    /**
     * Identity and mobile numbers never reach the log file, whoever logs them (a library quoting a
     * URL or an SQL value): the distribution's logging configuration masks them.
     */
    @Test
    public void identityAndPhoneNumbersAreMaskedInTheLogFile() throws Exception {
        String id = "32070619900101" + "0027";
        String phone = "139" + "12345678";
        org.slf4j.LoggerFactory.getLogger("org.apache.cxf.transport.servlet.ServletController")
                .warn("Masking check: http://localhost/api/talents/" + id + "/" + phone);
        String folder = System.getProperty("karaf.log", System.getProperty("karaf.data") + "/log");
        Path log = Path.of(folder, "karaf.log");
        String written = "";
        for (int i = 0; i < 50 && !written.contains("320706********0027/139****5678"); i++) {
            Thread.sleep(100);
            written = Files.readString(log);
        }
        assertTrue("the warning is in the log, masked", written.contains("320706********0027/139****5678"));
        assertFalse(written.contains(id));
        assertFalse(written.contains(phone));
    }

    /**
     * A path no server of the API serves is answered like any error of the API, in problem+json,
     * and the API's own paths while it is being republished as unavailable for a moment (503), not
     * as "not found", which a client polling its ticket would take for an answer.
     */
    @Test
    public void pathsNoServerServesAreAnsweredAsProblemsAndTheApiBeingRepublishedAsUnavailable() throws Exception {
        // The last: a path of the published API its server does not take (an encoded slash) is not
        // found; it was told "starting up" (503) while the API was up.
        for (String path : new String[] {"/api/v2/tickets", "/api/v1x", "/api/talents/x", "/api/v1/tickets/..%2f..%2finstance"}) {
            HttpResponse<String> missed = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(missed, 404, "NOT_FOUND");
            assertTrue(missed.body(), missed.body().contains("资源不存在") && missed.body().contains("No such resource"));
        }
        // A format the address cannot answer in: the text says which formats there are (a guide
        // page is HTML, not JSON as the API's other answers).
        HttpResponse<String> notJson = http("GET", "/services/gold-card/guide", null, null);
        assertProblem(notJson, 406, "NOT_ACCEPTABLE");
        assertTrue(notJson.body(), notJson.body().contains("服务指南页面返回 HTML")
                && notJson.body().contains("a service's guide page in HTML"));
        long warnings = logLines("Can't find the request for");
        HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + HTTP_PORT + "/api/v2/x")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("no warning per missed path", warnings, logLines("Can't find the request for"));

        org.osgi.service.component.runtime.ServiceComponentRuntime scr =
                service(org.osgi.service.component.runtime.ServiceComponentRuntime.class, null);
        org.osgi.service.component.runtime.dto.ComponentDescriptionDTO api = scr.getComponentDescriptionDTOs().stream()
                .filter(d -> d.name.equals("cn.lyg.talent.rest.internal.ApiServer")).findFirst().orElseThrow();
        scr.disableComponent(api).getValue();
        try {
            HttpResponse<String> away = http("GET", "/instance", null, null);
            assertProblem(away, 503, "API_UNAVAILABLE");
            assertEquals("5", away.headers().firstValue("Retry-After").orElse(""));
            assertTrue(away.body(), away.body().contains("平台接口暂不可用") && away.body().contains("try again shortly"));
            assertProblem(http("POST", "/tickets", "window1", "{}"), 503, "API_UNAVAILABLE");
        } finally {
            scr.enableComponent(api).getValue();
            awaitApi();
        }
        assertEquals(200, http("GET", "/instance", null, null).statusCode());
    }

    /**
     * A POST without a body or its type is a client's mistake, answered as one (BODY_REQUIRED)
     * and not logged as a server error; a body of another declared type is still 415.
     */
    @Test
    public void aBodyWithoutItsTypeIsReadAsJsonAndNotLoggedAsAnError() throws Exception {
        long before = logLines("No message body reader");
        assertProblem(http("POST", "/talents", "window1", null), 400, "BODY_REQUIRED");
        // A body without its type is read as JSON: this one is cut short, and said so.
        HttpResponse<String> untyped = HTTP.send(windowPost().POST(HttpRequest.BodyPublishers.ofString("{\"name\":")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(untyped.body(), 400, untyped.statusCode());
        HttpResponse<String> text = HTTP.send(windowPost().header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name")).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(text, 415, "UNSUPPORTED_MEDIA_TYPE");
        Thread.sleep(500);
        assertEquals(before, logLines("No message body reader"));
    }

    /** A mistyped filter is named, not ignored: ignored, it would list everything as if it had filtered. */
    @Test
    public void aQueryParameterTheAddressDoesNotTakeIsRefused() throws Exception {
        HttpResponse<String> typo = http("GET", "/tickets?stat=DISPATCHED&overDue=true&limit=5", "window1", null);
        assertProblem(typo, 400, "INVALID_PARAMETERS");
        assertTrue(typo.body(), typo.body().contains("\"field\":\"overDue\",\"code\":\"UNKNOWN_PARAMETER\"")
                && typo.body().contains("\"field\":\"stat\",\"code\":\"UNKNOWN_PARAMETER\"")
                && !typo.body().contains("\"field\":\"limit\""));
        assertEquals(200, http("GET", "/tickets?state=DISPATCHED&overdue=true&limit=5", "window1", null).statusCode());
        assertEquals(200, http("GET", "/tickets?sort=due&limit=5", "window1", null).statusCode());
        HttpResponse<String> badSort = http("GET", "/tickets?sort=urgent", "window1", null);
        assertProblem(badSort, 400, "INVALID_PARAMETERS");
        assertTrue(badSort.body(), badSort.body().contains("\"field\":\"sort\"") && badSort.body().contains("DUE"));
        // A parameter given twice is named too: read as its first value, the list looked filtered by both.
        HttpResponse<String> twice = http("GET", "/tickets?state=CONTACTED&state=DISPATCHED&limit=5", "window1", null);
        assertProblem(twice, 400, "INVALID_PARAMETERS");
        assertTrue(twice.body(), twice.body().contains("\"field\":\"state\",\"code\":\"REPEATED_PARAMETER\"")
                && twice.body().contains("只能给一个值") && twice.body().contains("takes one value"));
        // A talent filter naming no talent is refused rather than answered with an empty list.
        HttpResponse<String> nobody = http("GET", "/tickets?talentId=abc", "window1", null);
        assertProblem(nobody, 422, "QUERY_INVALID");
        assertTrue(nobody.body(), nobody.body().contains("\"field\":\"talentId\",\"code\":\"TALENT_UNKNOWN\""));
        // The Open311 view keeps its interface's habit of ignoring what it does not use.
        assertEquals(200, http("GET", "/open311/services.json?api_key=x", null, null).statusCode());
        // A jurisdiction no one has is named as unknown, under the parameter's own name.
        HttpResponse<String> nowhere = http("GET", "/services?jurisdiction=999999", null, null);
        assertProblem(nowhere, 400, "INVALID_PARAMETERS");
        assertTrue(nowhere.body(), nowhere.body().contains("\"field\":\"jurisdiction\",\"code\":\"JURISDICTION_UNKNOWN\""));
        assertTrue(http("GET", "/open311/services.json?jurisdiction_id=999999", null, null).body()
                .contains("\"field\":\"jurisdiction_id\",\"code\":\"JURISDICTION_UNKNOWN\""));
    }

    /**
     * A typing error in the API's own settings does not take the API down for every talent: the
     * setting reads as its default and catalog:problems names it, as the core's settings do.
     */
    @Test
    public void aBadNumberInTheApisSettingsKeepsTheApiUpAndIsNamed() throws Exception {
        Configuration rest = service(ConfigurationAdmin.class, null).getConfiguration("cn.lyg.talent.rest", "?");
        Dictionary<String, Object> before = rest.getProperties();
        Hashtable<String, Object> bad = new Hashtable<>();
        if (before != null) {
            for (Enumeration<String> keys = before.keys(); keys.hasMoreElements();) {
                String key = keys.nextElement();
                bad.put(key, before.get(key));
            }
        }
        bad.put("maxBodyBytes", "64k");
        try {
            rest.update(bad);
            String problems = "";
            for (long until = System.currentTimeMillis() + 30_000; !problems.contains("maxBodyBytes")
                    && System.currentTimeMillis() < until; Thread.sleep(250)) {
                try {
                    problems = http("GET", "/catalog/problems", "supervisor1", null).body();
                } catch (java.io.IOException restarting) {
                    // the API takes its new settings
                }
            }
            assertTrue(problems, problems.contains("maxBodyBytes = 64k") && problems.contains("65536"));
            assertFalse(problems, problems.contains("the plugin that uses it does not start"));
            awaitApi();
            assertProblem(http("POST", "/talents", "window1", "{}"), 422, "TALENT_INVALID");
        } finally {
            if (before == null) {
                rest.delete();
            } else {
                rest.update(before);
            }
            Thread.sleep(1000);
            awaitApi();
        }
    }

    private static HttpRequest.Builder windowPost() {
        return HttpRequest.newBuilder(URI.create(API + "/talents")).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("window1:window1".getBytes(StandardCharsets.UTF_8)));
    }

    private static long logLines(String containing) throws Exception {
        String folder = System.getProperty("karaf.log", System.getProperty("karaf.data") + "/log");
        try (java.util.stream.Stream<String> lines = Files.lines(Path.of(folder, "karaf.log"), StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains(containing)).count();
        }
    }

    @Test
    public void registerReadCertifyAndList() throws Exception {
        String id = newIdNumber();
        HttpResponse<String> created = http("POST", "/talents", "window1", talentJson("接口测试", id));
        assertEquals(created.body(), 201, created.statusCode());
        String talentId = field(created.body(), "id");
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/talents/" + talentId));
        assertEquals("window1", field(created.body(), "createdBy"));

        HttpResponse<String> cert = http("POST", "/talents/" + talentId + "/certifications", "supervisor1",
                "{\"talentClass\":\"B\",\"certifiedBy\":\"市人才办\",\"basis\":\"测试\",\"validFrom\":\"2026-01-01\"}");
        assertEquals(cert.body(), 201, cert.statusCode());

        HttpResponse<String> list = http("GET", "/talents?identityNumber=" + id, "window1", null);
        assertEquals(200, list.statusCode());
        assertTrue(list.body(), list.body().contains("\"total\":1"));
        assertFalse("identity numbers are masked in lists", list.body().contains(id));
        assertTrue(list.body(), list.body().contains("138****5678"));
        assertTrue(list.body(), list.body().contains("\"highLevel\":true"));

        HttpResponse<String> full = http("GET", "/talents/" + talentId, "window1", null);
        assertTrue(full.body(), full.body().contains(id));
        // The record read is the record to send back: what the platform keeps itself is ignored.
        HttpResponse<String> edited = http("PUT", "/talents/" + talentId, "window1",
                full.body().replace("13812345678", "13912345678"));
        assertEquals(edited.body(), 200, edited.statusCode());
        assertTrue(edited.body(), edited.body().contains("\"phone\":\"13912345678\"") && edited.body().contains("\"version\":2"));
        assertTrue("the certification stays", edited.body().contains("\"talentClass\":\"B\""));
        HttpResponse<String> typo = http("PUT", "/talents/" + talentId, "window1", edited.body().replace("\"phone\"", "\"phnoe\""));
        assertEquals(typo.body(), 400, typo.statusCode());
        assertTrue(typo.body(), typo.body().contains("UNKNOWN_FIELD"));
    }

    @Test
    public void badInputIsAClearErrorAndWritesNothing() throws Exception {
        Map<String, Long> before = snapshot();
        String valid = talentJson("坏请求", newIdNumber());
        // Two wrong codes inside one object are named in one answer, each with its path.
        HttpResponse<String> nested = http("POST", "/talents", "window1", valid.substring(0, valid.lastIndexOf('}'))
                + ",\"spouse\":{\"name\":\"配偶\",\"originalEmployerNature\":\"COMPANY\",\"personalStatus\":\"WORKING\"}}");
        assertEquals(nested.body(), 400, nested.statusCode());
        assertTrue(nested.body(), nested.body().contains("\"field\":\"spouse.originalEmployerNature\"")
                && nested.body().contains("\"field\":\"spouse.personalStatus\""));
        assertProblem(http("POST", "/talents", "window1", talentJson("坏号码", "110105194912310021")), 422,
                "TALENT_INVALID");
        HttpResponse<String> invalid = http("POST", "/talents", "window1", talentJson("坏号码", "110105194912310021"));
        assertTrue(invalid.body(), invalid.body().contains("\"field\":\"document.number\""));
        assertProblem(http("POST", "/talents", "window1",
                valid.replace("91512081MA62K0260E", "91512081MA62K0260A")), 422, "TALENT_INVALID");
        assertProblem(http("POST", "/talents", "window1", "{\"name\": \"x\","), 400, "MALFORMED_JSON");
        // A body that is JSON but not the shape the address takes, or more than one value, or not UTF-8.
        assertProblem(http("POST", "/talents", "window1", "[]"), 400, "BODY_NOT_OBJECT");
        assertProblem(http("POST", "/talents", "window1", "{\"name\":\"x\"} {\"name\":\"y\"}"), 400, "MALFORMED_JSON");
        HttpResponse<String> gbk = HTTP.send(windowPost().header("Content-Type", "application/json; charset=GBK")
                .POST(HttpRequest.BodyPublishers.ofByteArray("{\"name\":\"张三\"}".getBytes(java.nio.charset.Charset.forName("GBK"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(gbk, 415, "UNSUPPORTED_CHARSET");
        HttpResponse<String> unknown = http("POST", "/talents", "window1", valid.replace("\"name\"", "\"nmae\""));
        assertProblem(unknown, 400, "UNKNOWN_FIELD");
        assertTrue(unknown.body(), unknown.body().contains("\"field\":\"nmae\""));
        assertProblem(http("POST", "/talents", "window1", "{\"name\":\"" + "长".repeat(70_000) + "\"}"), 413,
                "BODY_TOO_LARGE");
        // Streamed without a length, the same body is refused as too large, not as a bad field.
        assertProblem(httpChunked("POST", "/talents", "window1",
                valid.replace("\"name\":\"坏请求\"", "\"name\":\"" + "长".repeat(70_000) + "\"")), 413, "BODY_TOO_LARGE");
        // A value of the wrong JSON type is refused, not converted: a name or a phone number is text,
        // an enum constant is its name.
        HttpResponse<String> numericName = http("POST", "/talents", "window1",
                valid.replace("\"name\":\"坏请求\"", "\"name\":12345"));
        assertProblem(numericName, 400, "INVALID_VALUE");
        assertTrue(numericName.body(), numericName.body().contains("\"field\":\"name\""));
        // Every field of the wrong type is named in the one answer, not only the first.
        HttpResponse<String> two = http("POST", "/talents", "window1", valid.replace("\"name\":\"坏请求\"", "\"name\":12345")
                .replace("\"phone\":\"13812345678\"", "\"phone\":13812345678"));
        assertProblem(two, 400, "INVALID_VALUE");
        assertTrue(two.body(), two.body().contains("\"field\":\"name\"") && two.body().contains("\"field\":\"phone\""));
        assertProblem(http("POST", "/talents", "window1", valid.replace("\"gender\":\"MALE\"", "\"gender\":0")),
                400, "INVALID_VALUE");
        assertProblem(http("POST", "/talents", null, valid), 401, "AUTHENTICATION_REQUIRED");
        // CXF's WADL description of the protected resources is not served to anybody.
        for (String wadl : new String[] {"/tickets?_wadl", "/talents?_wadl", "?_wadl"}) {
            HttpResponse<String> described = http("GET", wadl, null, null);
            assertTrue(wadl + " " + described.statusCode(), described.statusCode() >= 400 && !described.body().contains("<application"));
        }
        assertProblem(http("POST", "/talents", "dept_edu", valid), 403, "ROLE_REQUIRED");
        assertProblem(http("GET", "/talents?class=Z", "window1", null), 400, "INVALID_PARAMETERS");
        // Art.6: only a talent's login (Karaf's realm, etc/users.properties) is bound to a talent;
        // a clerk's would receive the talent's notices.
        for (String[] c : new String[][] { {"dept_edu", "ACCOUNT_NOT_TALENT"}, {"window1", "ACCOUNT_NOT_TALENT"},
                {"no_such_login", "ACCOUNT_UNKNOWN"} }) {
            HttpResponse<String> bound = http("POST", "/talents", "window1",
                    valid.replace("\"name\":\"坏请求\"", "\"name\":\"坏请求\",\"account\":\"" + c[0] + "\""));
            assertProblem(bound, 422, "TALENT_INVALID");
            assertTrue(bound.body(), bound.body().contains("\"field\":\"account\",\"code\":\"" + c[1] + "\""));
        }
        assertEquals(before, snapshot());
    }

    /** The shipped talent login, written in users.properties as the guide shows ("talent1 = talent1, talent"), binds. */
    @Test
    public void aTalentsLoginAsWrittenInTheRealmIsBound() throws Exception {
        HttpResponse<String> bound = http("POST", "/talents", "window1",
                talentJson("绑定账号", newIdNumber()).replaceFirst("\"name\":", "\"account\":\"talent1\",\"name\":"));
        assertEquals(bound.body(), 201, bound.statusCode());
        assertEquals("talent1", field(bound.body(), "account"));
        HttpResponse<String> own = http("GET", "/talents", "talent1", null);
        assertTrue(own.body(), own.body().contains("\"total\":1") && own.body().contains("绑定账号"));
    }

    @Test
    public void duplicateIdentityNumberIsA409AndWritesNothing() throws Exception {
        String body = talentJson("重复", newIdNumber());
        assertEquals(201, http("POST", "/talents", "window1", body).statusCode());
        Map<String, Long> before = snapshot();
        assertProblem(http("POST", "/talents", "window1", body), 409, "TALENT_DUPLICATE_DOCUMENT");
        assertEquals(before, snapshot());
    }

    @Test
    public void aCountyClerkOnlySeesTheCounty() throws Exception {
        String body = talentJson("东海人才", newIdNumber()).replace("}}", "},\"jurisdiction\":\"320722\"}");
        HttpResponse<String> r = http("POST", "/talents", "donghai_window", body);
        assertEquals(r.body(), 201, r.statusCode());
        HttpResponse<String> cityTalent = http("POST", "/talents", "window1", talentJson("市区人才", newIdNumber()));
        String cityId = field(cityTalent.body(), "id");
        assertProblem(http("GET", "/talents/" + cityId, "donghai_window", null), 404, "TALENT_NOT_FOUND");
        assertProblem(http("POST", "/talents", "donghai_window",
                talentJson("越界", newIdNumber()).replace("}}", "},\"jurisdiction\":\"320706\"}")), 422, "TALENT_INVALID");
        // A city record is not found for the county whatever the body says, not judged out of reach.
        String city = http("GET", "/talents/" + cityId, "window1", null).body();
        assertProblem(http("PUT", "/talents/" + cityId, "donghai_window", talentJson("市区人才", field(city, "number"))
                .replace("}}", "},\"jurisdiction\":\"320700\",\"version\":1}")), 404, "TALENT_NOT_FOUND");
    }

    @Test
    public void referenceDataIsPublic() throws Exception {
        HttpResponse<String> units = http("GET", "/units", null, null);
        assertEquals(200, units.statusCode());
        assertTrue(units.body().contains("市卫生计生委"));
        // A unit code in any case, as dispatch and the console take it.
        assertTrue(http("GET", "/units/tax", null, null).body().contains("\"code\":\"TAX\""));
        HttpResponse<String> j = http("GET", "/jurisdictions/320700", null, null);
        assertTrue(j.body(), j.body().contains("东海县"));
        assertProblem(http("PUT", "/units/EDUCATION", null, "{}"), 401, "AUTHENTICATION_REQUIRED");
        // A talent's phone app shows the codes of a ticket (state, step status) by their names.
        HttpResponse<String> names = http("GET", "/names", null, null);
        assertEquals(names.body(), 200, names.statusCode());
        assertTrue(names.body(), names.body().contains("\"DISPATCHED\":{\"zh\":\"已交办\",\"en\":\"dispatched\"}")
                && names.body().contains("\"StepStatus\":{"));
    }

    @Test
    public void art5AnOperatorCreatesAUnitWith201AndEditsItWith200() throws Exception {
        String code = "TEST_UNIT_" + (System.nanoTime() % 1_000_000);
        String body = "{\"nameZh\":\"测试单位\",\"nameEn\":\"Test unit\",\"services\":[\"tax\"]}";
        assertEquals(403, http("PUT", "/units/" + code, "window1", body).statusCode());
        HttpResponse<String> created = http("PUT", "/units/" + code, "supervisor1", body);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.headers().firstValue("Location").orElse(""),
                created.headers().firstValue("Location").orElse("").endsWith("/api/v1/units/" + code));
        Matcher version = Pattern.compile("\"version\":(\\d+)").matcher(created.body());
        assertTrue(created.body(), version.find());
        HttpResponse<String> edited = http("PUT", "/units/" + code, "supervisor1",
                body.replace("测试单位", "测试单位（更名）").replace("}", ",\"version\":" + version.group(1) + "}"));
        assertEquals(edited.body(), 200, edited.statusCode());
        assertTrue(edited.body(), edited.body().contains("测试单位（更名）"));

        // A version names a unit that was read: a mistyped code is refused, not created.
        assertProblem(http("PUT", "/units/" + code + "X", "supervisor1", body.replace("}", ",\"version\":1}")),
                404, "UNIT_NOT_FOUND");
        assertEquals(404, http("GET", "/units/" + code + "X", null, null).statusCode());
    }

    @Test
    public void concurrentRegistrationsAreAllCounted() throws Exception {
        int clients = 16;
        int each = 15;
        long before = count("TALENT");
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    HttpResponse<String> r = http("POST", "/talents", "window1", talentJson("并发", newIdNumber()));
                    if (r.statusCode() == 201) {
                        assertNotNull(field(r.body(), "id"));
                        acknowledged.incrementAndGet();
                    } else {
                        throw new AssertionError(r.statusCode() + " " + r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        assertEquals(clients * each, acknowledged.get());
        assertEquals(before + acknowledged.get(), count("TALENT"));
    }
}
