package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

import cn.lyg.talent.api.calendar.WorkCalendar;

/** The one-stop window over HTTP and the console (Art.6, Art.7), with the roles of the demo realm. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WindowIT extends TalentTestSupport {

    @Before
    public void apiIsUp() throws Exception {
        awaitApi();
    }

    /** A registered, certified (class C) talent; returns its id. */
    private String highLevelTalent() throws Exception {
        HttpResponse<String> r = http("POST", "/talents", "window1", talentJson("窗口测试", newIdNumber()));
        assertEquals(r.body(), 201, r.statusCode());
        String id = field(r.body(), "id");
        HttpResponse<String> c = http("POST", "/talents/" + id + "/certifications", "supervisor1",
                "{\"talentClass\":\"C\",\"certifiedBy\":\"市人才办\",\"basis\":\"测试\",\"validFrom\":\"2020-01-01\"}");
        assertEquals(c.body(), 201, c.statusCode());
        return id;
    }

    /**
     * The window's lifecycle on a city service without a plugin handler (Art.4.6 tax), so these
     * tests are about the window alone: the gold card's plugin issues a card on resolution, by HRSS
     * only (Art4ServicesIT).
     */
    private static final String SERVICE = "tax";
    private static final String FORM = "{\"matter\":\"income-tax\"}";

    private String submitted() throws Exception {
        HttpResponse<String> r = http("POST", "/tickets", "window1", "{\"talentId\":\"" + highLevelTalent()
                + "\",\"serviceCode\":\"" + SERVICE + "\",\"description\":\"咨询个人所得税优惠\",\"form\":" + FORM + "}");
        assertEquals(r.body(), 201, r.statusCode());
        return field(r.body(), "id");
    }


    private static void assertState(HttpResponse<String> r, String state) {
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"state\":\"" + state + "\""));
    }

    @Test
    public void art7LifecycleFromSubmissionToCloseOverHttp() throws Exception {
        String talent = highLevelTalent();
        HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"" + SERVICE + "\",\"description\":\"咨询个人所得税优惠\",\"form\":" + FORM + "}");
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), field(created.body(), "number").matches("320700-\\d{8}-\\d{4}"));
        assertTrue(created.body(), created.body().contains("\"nextDueAt\""));
        String t = field(created.body(), "id");
        assertState(act(t, "accept", "window1", null), "ACCEPTED");
        // Art.5: a unit that does not handle tax is refused, naming the one that does; nothing is written.
        long events = count("TICKET_EVENT");
        HttpResponse<String> elsewhere = act(t, "dispatch", "window1", "{\"unit\":\"EDUCATION\"}");
        assertEquals(elsewhere.body(), 422, elsewhere.statusCode());
        assertTrue(elsewhere.body(), elsewhere.body().contains("UNIT_NOT_RESPONSIBLE")
                && elsewhere.body().contains("国家税务总局连云港市税务局（TAX）"));
        assertState(http("GET", "/tickets/" + t, "window1", null), "ACCEPTED");
        assertEquals(events, count("TICKET_EVENT"));
        // Art.7: no unit named, the request goes to the service's responsible unit.
        HttpResponse<String> dispatched = act(t, "dispatch", "window1", null);
        assertState(dispatched, "DISPATCHED");
        assertTrue(dispatched.body(), dispatched.body().contains("\"unit\":\"TAX\""));
        assertTrue(dispatched.body(), dispatched.body().contains("\"step\":\"COMPLETION\""));
        assertState(act(t, "contact", "dept_tax", "{\"comment\":\"已电话联系\"}"), "CONTACTED");
        assertState(act(t, "resolve", "dept_tax", "{\"reply\":\"已答复个税优惠政策\"}"), "RESOLVED");
        // Codes in a body are taken in any case, as in queries and on the console.
        assertState(act(t, "follow-up", "window1", "{\"followUpMethod\":\"phone\",\"comment\":\"满意\"}"), "RESOLVED");
        HttpResponse<String> closed = act(t, "close", "window1", null);
        assertState(closed, "CLOSED");
        // One version per step (submitted as 1, six steps), so the version a client read is the one to send.
        assertTrue(closed.body(), closed.body().contains("\"version\":7"));
        HttpResponse<String> read = http("GET", "/tickets/" + t, "window1", null);
        assertEquals(7, read.body().split("\"sequence\"").length - 1);
        // design.md section 3: the number read out on the phone finds the same ticket.
        HttpResponse<String> byNumber = http("GET", "/tickets/" + field(created.body(), "number"), "window1", null);
        assertEquals(byNumber.body(), 200, byNumber.statusCode());
        assertEquals(t, field(byNumber.body(), "id"));
        assertTrue(read.body(), read.body().contains("\"actor\":\"dept_tax\""));
        HttpResponse<String> inbox = http("GET", "/inbox", "dept_tax", null);
        assertTrue(inbox.body(), inbox.body().contains(field(created.body(), "number")));
    }

    @Test
    public void eachTransitionOnlyForItsRoleAndState() throws Exception {
        String t = submitted();
        HttpResponse<String> early = act(t, "dispatch", "window1", "{\"unit\":\"TAX\"}");
        assertEquals(early.body(), 409, early.statusCode());
        assertTrue(early.body(), early.body().contains("TRANSITION_NOT_ALLOWED"));
        HttpResponse<String> unseen = act(t, "accept", "dept_tax", null);
        assertEquals(unseen.body(), 404, unseen.statusCode());
        assertState(act(t, "accept", "window1", null), "ACCEPTED");
        assertState(act(t, "dispatch", "window1", "{\"unit\":\"TAX\"}"), "DISPATCHED");
        HttpResponse<String> notTheUnit = act(t, "contact", "window1", null);
        assertEquals(notTheUnit.body(), 403, notTheUnit.statusCode());
        assertEquals(404, act(t, "teleport", "window1", null).statusCode());
        HttpResponse<String> badDelay = act(t, "file-delay", "dept_tax", "{\"comment\":\"\"}");
        assertEquals(badDelay.body(), 422, badDelay.statusCode());
        assertTrue(badDelay.body(), badDelay.body().contains("\"field\":\"promisedDate\""));
    }

    @Test
    public void twoClerksDispatchingAtOnceOneGets409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String t = submitted();
            assertState(act(t, "accept", "window1", null), "ACCEPTED");
            long events = count("TICKET_EVENT");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> results = new ArrayList<>();
            // Two clerks, one typing the code in lower case: the same unit, one dispatch.
            for (String unit : List.of("TAX", "tax")) {
                Callable<Integer> c = () -> {
                    start.await();
                    return act(t, "dispatch", "window1", "{\"unit\":\"" + unit + "\"}").statusCode();
                };
                results.add(pool.submit(c));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get());
            }
            pool.shutdown();
            statuses.sort(null);
            assertEquals("round " + round, List.of(200, 409), statuses);
            assertEquals(events + 1, count("TICKET_EVENT"));
            HttpResponse<String> read = http("GET", "/tickets/" + t, "window1", null);
            assertEquals(1, read.body().split("\"action\":\"DISPATCH\"").length - 1);
        }
    }

    private String dispatchedTo(String unit) throws Exception {
        String t = submitted();
        assertState(act(t, "accept", "window1", null), "ACCEPTED");
        assertState(act(t, "dispatch", "window1", "{\"unit\":\"" + unit + "\"}"), "DISPATCHED");
        return t;
    }

    private static int occurrences(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }

    /** Waits until the platform's clock (GET /instance) shows {@code date}: services re-activated with it. */
    private static void awaitPlatformDate(LocalDate date) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            try {
                HttpResponse<String> r = http("GET", "/instance", null, null);
                String now = field(r.body(), "now");
                if (r.statusCode() == 200 && now != null && now.startsWith(date.toString())) {
                    return;
                }
            } catch (IOException e) {
                // API restarting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("platform clock did not reach " + date);
    }

    @Test
    public void art8OverdueRaisesExactlyOneNoticePerDeadlineAlsoAfterARestart() throws Exception {
        String t = dispatchedTo("TAX");
        String number = field(http("GET", "/tickets/" + t, "window1", null).body(), "number");
        // Travel 15 days ahead: first contact and completion are both overdue.
        Instant later = Instant.now().plus(Duration.ofDays(15));
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, 1000);
        ServiceRegistration<Clock> travel = bundleContext.registerService(
                Clock.class, Clock.fixed(later, zone), props);
        try {
            awaitPlatformDate(later.atZone(zone).toLocalDate());
            console("supervisor1", "ticket:notices --sweep", "supervisor");
            HttpResponse<String> notices = http("GET", "/notices?kind=OVERDUE&limit=200", "supervisor1", null);
            assertEquals(notices.body(), 200, notices.statusCode());
            assertEquals(notices.body(), 2, occurrences(notices.body(), "\"ticketNumber\":\"" + number + "\""));
            HttpResponse<String> unitView = http("GET", "/notices?kind=OVERDUE&limit=200", "dept_tax", null);
            assertEquals(2, occurrences(unitView.body(), "\"ticketNumber\":\"" + number + "\""));
            // Restart the engine: nothing is raised twice.
            Bundle engine = Arrays.stream(bundleContext.getBundles())
                    .filter(b -> "cn.lyg.talent.engine".equals(b.getSymbolicName())).findFirst().get();
            engine.stop();
            engine.start();
            awaitPlatformDate(later.atZone(zone).toLocalDate());
            console("supervisor1", "ticket:notices --sweep", "supervisor");
            HttpResponse<String> again = http("GET", "/notices?kind=OVERDUE&limit=200", "supervisor1", null);
            assertEquals(again.body(), 2, occurrences(again.body(), "\"ticketNumber\":\"" + number + "\""));
            HttpResponse<String> ticket = http("GET", "/tickets/" + t, "window1", null);
            assertEquals(ticket.body(), 2, occurrences(ticket.body(), "\"status\":\"OVERDUE\""));
        } finally {
            travel.unregister();
            awaitPlatformDate(LocalDate.now(zone));
        }
    }

    /** Art.8: the talent office reads, per unit, how the deadlines of a period were kept. */
    @Test
    public void art8TheTalentOfficeAssessesAPeriodPerUnit() throws Exception {
        dispatchedTo("TAX");
        // The period of the steps just opened: from today, over the days they fall due.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String period = "?from=" + today + "&to=" + today.plusDays(40);
        HttpResponse<String> assessed = http("GET", "/assessment" + period, "supervisor1", null);
        assertEquals(assessed.body(), 200, assessed.statusCode());
        assertTrue(assessed.body(), assessed.body().contains("\"unit\":\"TAX\"") && assessed.body().contains("\"total\":{"));
        assertTrue(assessed.body(), Pattern.compile("\"unit\":\"TAX\",\"onTime\":\\d+,\"onTimeWithDelay\":\\d+,\"late\":\\d+,"
                + "\"overdue\":\\d+,\"pending\":[1-9]").matcher(assessed.body()).find());
        assertEquals(403, http("GET", "/assessment", "window1", null).statusCode());
        HttpResponse<String> backwards = http("GET", "/assessment?from=" + today + "&to=" + today.minusDays(1), "supervisor1", null);
        assertEquals(backwards.body(), 422, backwards.statusCode());
        assertTrue(backwards.body(), backwards.body().contains("BEFORE_FROM"));
        String table = console("supervisor1", "ticket:assessment --from " + today + " --to " + today.plusDays(40), "supervisor");
        assertTrue(table, table.contains("按时率 On-time rate") && table.contains("国家税务总局连云港市税务局") && table.contains("合计 Total"));
    }

    @Test
    public void art7DelayFiledInTimeByTheUnit() throws Exception {
        String t = dispatchedTo("TAX");
        // Two working days beyond the completion's due time (three after dispatch), within the
        // longest delay (Art.7, default 10), on a working day of the platform's calendar.
        WorkCalendar calendar = service(WorkCalendar.class, null);
        String promised = calendar.workingDaysAfter(Instant.now(), 5).toLocalDate().toString();
        String far = calendar.workingDaysAfter(Instant.now(), 20).toLocalDate().toString();
        HttpResponse<String> tooLong = act(t, "file-delay", "dept_tax",
                "{\"step\":\"COMPLETION\",\"comment\":\"年底再说\",\"promisedDate\":\"" + far + "\"}");
        assertEquals(tooLong.body(), 422, tooLong.statusCode());
        assertTrue(tooLong.body(), tooLong.body().contains("DELAY_TOO_LONG") && tooLong.body().contains("\"field\":\"promisedDate\""));
        String delay = "{\"step\":\"COMPLETION\",\"comment\":\"需补充材料\",\"promisedDate\":\"" + promised + "\"}";
        HttpResponse<String> filed = act(t, "file-delay", "dept_tax", delay);
        assertState(filed, "DISPATCHED");
        assertTrue(filed.body(), filed.body().contains("\"delayExplanation\":\"需补充材料\""));
        assertTrue(filed.body(), filed.body().contains("\"originalDueAt\""));
        HttpResponse<String> twice = act(t, "file-delay", "dept_tax", delay);
        assertEquals(twice.body(), 409, twice.statusCode());
        assertTrue(twice.body(), twice.body().contains("DELAY_ALREADY_FILED"));
        HttpResponse<String> byWindow = act(t, "file-delay", "window1", delay);
        assertEquals(byWindow.body(), 403, byWindow.statusCode());
    }

    /** Art.6: returned for missing materials, the request is resubmitted with its form corrected. */
    @Test
    public void aReturnedRequestIsResubmittedWithItsFormCorrected() throws Exception {
        String t = submitted();
        assertState(act(t, "return", "window1", "{\"comment\":\"请注明所属纳税年度\"}"), "RETURNED");
        HttpResponse<String> bad = act(t, "resubmit", "window1", "{\"form\":{\"matter\":\"income-tax\",\"taxYear\":1999}}");
        assertEquals(bad.body(), 422, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"field\":\"form.taxYear\""));
        assertState(http("GET", "/tickets/" + t, "window1", null), "RETURNED");
        HttpResponse<String> fixed = act(t, "resubmit", "window1",
                "{\"comment\":\"已补充\",\"form\":{\"matter\":\"income-tax\",\"taxYear\":2025}}");
        assertState(fixed, "SUBMITTED");
        // Read back typed, as sent: a number.
        assertTrue(fixed.body(), fixed.body().contains("\"taxYear\":2025"));
        assertTrue(fixed.body(), fixed.body().contains("已补充（补正表单：所属纳税年度 （空） → 2025）"));
    }

    @Test
    public void redirectKeepsTheMissAgainstTheFirstUnit() throws Exception {
        // Art.5: the talent office records a second unit answering for tax, without a release.
        String branch = "TAX_BRANCH_" + (System.nanoTime() % 1_000_000);
        assertEquals(201, http("PUT", "/units/" + branch, "supervisor1",
                "{\"nameZh\":\"税务分局\",\"nameEn\":\"Tax branch\",\"services\":[\"tax\"]}").statusCode());
        String t = dispatchedTo(branch);
        HttpResponse<String> redirected = act(t, "redirect", "window1",
                "{\"unit\":\"TAX\",\"comment\":\"个税事项由市税务局办理\"}");
        assertState(redirected, "DISPATCHED");
        assertTrue(redirected.body(), redirected.body().contains("\"unit\":\"TAX\""));
        assertEquals(redirected.body(), 2, occurrences(redirected.body(), "\"status\":\"CANCELLED\""));
        assertTrue(redirected.body(), redirected.body().contains(branch));
        // The history names the first unit and who acted as people know them.
        assertTrue(redirected.body(), redirected.body().contains("\"comment\":\"由税务分局改派：个税事项由市税务局办理\""));
        assertTrue(redirected.body(), redirected.body().contains("\"party\":{\"zh\":\"一站式服务窗口\",\"en\":\"One-stop window\"}"));
        assertState(act(t, "contact", "dept_tax", null), "CONTACTED");
    }

    @Test
    public void badRatingOpensARectificationThatIsCalledBackRectifiedAndReRated() throws Exception {
        String t = dispatchedTo("TAX");
        assertState(act(t, "contact", "dept_tax", null), "CONTACTED");
        assertState(act(t, "resolve", "dept_tax", "{\"reply\":\"已办结\"}"), "RESOLVED");
        // A misspelt level is refused naming the field and the levels there are.
        HttpResponse<String> misspelt = http("POST", "/tickets/" + t + "/ratings", "window1",
                "{\"stage\":\"COMPLETION\",\"level\":\"GOOD\"}");
        assertEquals(misspelt.body(), 400, misspelt.statusCode());
        assertTrue(misspelt.body(), misspelt.body().contains("\"field\":\"level\"")
                && misspelt.body().contains("应为以下之一：VERY_SATISFIED（非常满意）、SATISFIED（满意）"));
        HttpResponse<String> bad = http("POST", "/tickets/" + t + "/ratings", "window1",
                "{\"stage\":\"COMPLETION\",\"level\":\"DISSATISFIED\",\"comment\":\"办理太慢\"}");
        assertEquals(bad.body(), 201, bad.statusCode());
        assertTrue(bad.body(), bad.body().contains("\"status\":\"OPEN\""));
        String rect = bad.body().replaceAll("(?s).*\"rectification\":\\{\"id\":\"([^\"]+)\".*", "$1");
        // The window finds the call-backs waiting on it; a unit, what it is to rectify; nobody else.
        HttpResponse<String> waiting = http("GET", "/rectifications?status=OPEN&limit=200", "window1", null);
        assertEquals(waiting.body(), 200, waiting.statusCode());
        assertTrue(waiting.body(), waiting.body().contains("\"id\":\"" + rect + "\""));
        assertTrue(waiting.body(), waiting.body().contains("\"ticketNumber\":\"" + field(bad.body(), "ticketNumber") + "\""));
        assertTrue(http("GET", "/rectifications?limit=200", "dept_tax", null).body().contains(rect));
        assertFalse(http("GET", "/rectifications?limit=200", "dept_health", null).body().contains(rect));
        assertEquals(403, http("GET", "/rectifications", "talent1", null).statusCode());
        assertEquals(400, http("GET", "/rectifications?status=LOST", "window1", null).statusCode());
        assertTrue(http("GET", "/rectifications/" + rect, "dept_tax", null).body().contains("\"status\":\"OPEN\""));
        assertEquals(404, http("GET", "/rectifications/" + rect, "dept_health", null).statusCode());
        HttpResponse<String> early = http("POST", "/rectifications/" + rect + "/rectify", "dept_tax", "{\"text\":\"x\"}");
        assertEquals(early.body(), 409, early.statusCode());
        // An empty text is refused naming the field the caller sent.
        HttpResponse<String> empty = http("POST", "/rectifications/" + rect + "/call-back", "window1", "{\"text\":\" \"}");
        assertEquals(empty.body(), 422, empty.statusCode());
        assertTrue(empty.body(), empty.body().contains("\"field\":\"text\""));
        // The console clerk finds it and calls back too.
        String listed = console("window1", "ticket:rectifications -s OPEN -l 200", "window");
        assertTrue(listed, listed.contains(rect));
        String called = console("window1", "ticket:call-back -t 已回访核实 " + rect, "window");
        assertTrue(called, called.contains("→ 已回访核实 called back"));
        HttpResponse<String> fixed = http("POST", "/rectifications/" + rect + "/rectify", "dept_tax",
                "{\"text\":\"已加快办理并致歉\"}");
        assertTrue(fixed.body(), fixed.body().contains("RECTIFIED"));
        HttpResponse<String> again = http("POST", "/rectifications/" + rect + "/re-rating", "window1",
                "{\"level\":\"SATISFIED\"}");
        assertEquals(again.body(), 201, again.statusCode());
        HttpResponse<String> all = http("GET", "/tickets/" + t + "/ratings", "window1", null);
        assertTrue(all.body(), all.body().contains("RE_RATED"));
        // Art.8 assessment: who called back and who rectified are on the record.
        assertTrue(all.body(), all.body().contains("\"calledBackBy\":\"window1\"") && all.body().contains("\"rectifiedBy\":\"dept_tax\""));
        HttpResponse<String> inbox = http("GET", "/inbox", "dept_tax", null);
        assertTrue(inbox.body(), inbox.body().contains("差评"));
        // Art.8 appeal: the re-rating voided as malicious closes the rectification's re-rating.
        String reRating = field(again.body(), "id");
        HttpResponse<String> voided = http("POST", "/ratings/" + reRating + "/void", "supervisor1",
                "{\"text\":\"经核实为恶意评价\",\"malicious\":true}");
        assertEquals(voided.body(), 200, voided.statusCode());
        assertTrue(voided.body(), voided.body().contains("\"voidedAsMalicious\":true") && voided.body().contains("\"rectificationId\":\"" + rect + "\""));
        HttpResponse<String> closed = http("POST", "/rectifications/" + rect + "/re-rating", "window1", "{\"level\":\"SATISFIED\"}");
        assertEquals(closed.body(), 409, closed.statusCode());
        assertTrue(closed.body(), closed.body().contains("RATING_CLOSED_ON_APPEAL"));
    }

    /**
     * Art.6, a request's materials: the window hands in a scan for a talent, the form names it, the
     * unit the request reaches reads it; what is not a document, or not the talent's, is refused.
     */
    @Test
    public void documentsHandedInAreNamedInTheFormAndReadByTheUnit() throws Exception {
        String talent = highLevelTalent();
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String name = URLEncoder.encode("单位接收函.pdf", StandardCharsets.UTF_8);
        HttpResponse<String> up = httpBody("POST", "/attachments?talentId=" + talent + "&fileName=" + name, "window1",
                "application/pdf", pdf);
        assertEquals(up.body(), 201, up.statusCode());
        assertTrue(up.body(), up.body().contains("\"fileName\":\"单位接收函.pdf\"") && up.body().contains("\"size\":" + pdf.length));
        String doc = field(up.body(), "id");
        assertTrue(up.headers().firstValue("Location").orElse("").endsWith("/attachments/" + doc));
        long kept = count("ATTACHMENT");
        // Not what it says it is, not a kept type, too large: refused with the field named, nothing kept.
        HttpResponse<String> fake = httpBody("POST", "/attachments?talentId=" + talent + "&fileName=a.pdf", "window1",
                "application/pdf", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(fake.body(), 422, fake.statusCode());
        assertTrue(fake.body(), fake.body().contains("\"field\":\"content\",\"code\":\"CONTENT_NOT_AS_DECLARED\""));
        HttpResponse<String> exe = httpBody("POST", "/attachments?talentId=" + talent + "&fileName=a.exe", "window1",
                "application/octet-stream", pdf);
        // The sender of a document is told the types a document may have, not to send JSON.
        assertEquals(exe.body(), 415, exe.statusCode());
        assertTrue(exe.body(), exe.body().contains("UNSUPPORTED_DOCUMENT_TYPE") && exe.body().contains("application/pdf、image/jpeg 或 image/png"));
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        HttpResponse<String> tooLarge = httpBody("POST", "/attachments?talentId=" + talent + "&fileName=big.pdf", "window1",
                "application/pdf", large);
        assertEquals(tooLarge.body(), 413, tooLarge.statusCode());
        assertEquals(kept, count("ATTACHMENT"));
        // The form's attachment field takes the talent's own document only.
        String tax = "{\"talentId\":\"" + talent + "\",\"serviceCode\":\"spouse-employment\",\"description\":\"配偶随调\","
                + "\"form\":{\"route\":\"employer-arranged\",\"employerConfirmation\":\"%s\"}}";
        HttpResponse<String> foreign = http("POST", "/tickets", "window1", String.format(tax, "file:///etc/passwd"));
        assertEquals(foreign.body(), 422, foreign.statusCode());
        assertTrue(foreign.body(), foreign.body().contains("\"field\":\"form.employerConfirmation\",\"code\":\"ATTACHMENT_UNKNOWN\""));
        // A unit reads a document once a request naming it reaches the unit; until then it does not exist for it.
        assertEquals(404, httpBytes("/attachments/" + doc + "/content", "dept_hrss").statusCode());
        HttpResponse<byte[]> read = httpBytes("/attachments/" + doc + "/content", "window1");
        assertEquals(200, read.statusCode());
        assertTrue(Arrays.equals(pdf, read.body()));
        assertEquals("application/pdf", read.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"_____.pdf\"; filename*=UTF-8''" + name,
                read.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("private, no-store", read.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    public void ticketsFromTheConsole() throws Exception {
        String t = submitted();
        String accepted = console("window1", "ticket:accept " + t, "window");
        // Codes read as their names, Chinese first (已受理 accepted, not ACCEPTED).
        assertTrue(accepted, accepted.contains("→ 已受理 accepted"));
        // A unit code in any case, as the option codes.
        String dispatched = console("window1", "ticket:dispatch --unit tax " + t, "window");
        assertTrue(dispatched, dispatched.contains("→ 已交办 dispatched"));
        String list = console("window1", "ticket:list --state dispatched", "window");
        assertTrue(list, list.contains(t));
        // A mistyped code is named with the codes there are, in both languages.
        String typo = console("window1", "ticket:list --state DISPATCH", "window");
        assertTrue(typo, typo.contains("INVALID_CHOICE") && typo.contains("应为以下之一：SUBMITTED（已提交待受理）、")
                && typo.contains("is not one of: SUBMITTED (submitted), "));
        String shown = console("window1", "ticket:show " + t, "window");
        assertTrue(shown, shown.contains("首次联系 first contact"));
        assertTrue(shown, shown.contains("按时完成 on time"));
        assertTrue(shown, shown.contains("已受理 accepted → 已交办 dispatched"));
        // Art.7's allowance and what is left of it, in working days, beside each due time.
        assertTrue(shown, shown.contains("工作日 Working days") && shown.contains("剩余 Left"));
        String json = http("GET", "/tickets/" + t, "window1", null).body();
        assertTrue(json, json.contains("\"step\":\"COMPLETION\"") && json.contains("\"workingDays\":3,\"workingDaysLeft\":"));
        assertFalse(shown, shown.contains("DISPATCHED"));
        // The form as the talent filled it in, label and choice in both languages.
        assertTrue(shown, shown.contains("涉税事项 / Tax matter: 个人所得税优惠政策 / Preferential individual income tax policies"));
        String number = field(http("GET", "/tickets/" + t, "window1", null).body(), "number");
        String contacted = console("dept_tax", "ticket:contact " + number, "department", "unit:TAX");
        assertTrue(contacted, contacted.contains(number) && contacted.contains("已联系 contacted"));
        // A number option that is not a number is named in both languages, not as a Java type.
        String notANumber = console("window1", "ticket:close --version abc " + t, "window");
        assertTrue(notANumber, notANumber.contains("INVALID_NUMBER") && notANumber.contains("应为整数")
                && notANumber.contains("is not a whole number") && !notANumber.contains("java."));
        String badLimit = console("window1", "ticket:list -l many", "window");
        assertTrue(badLimit, badLimit.contains("INVALID_NUMBER") && badLimit.contains("--limit"));
        String refused = console("window1", "ticket:resolve --reply x " + t, "window");
        assertTrue(refused, refused.contains("TRANSITION_FORBIDDEN"));
        String notices = console("supervisor1", "ticket:notices --sweep", "supervisor");
        assertTrue(notices, notices.contains("Sweep"));
        String calendar = console("window1", "calendar:next 2025-09-30T10:00 1", "window");
        assertTrue(calendar, calendar.contains("2025-10-09 17:30"));
    }
}
