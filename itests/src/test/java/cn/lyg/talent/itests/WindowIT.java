package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

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

    private String submitted() throws Exception {
        HttpResponse<String> r = http("POST", "/tickets", "window1", "{\"talentId\":\"" + highLevelTalent()
                + "\",\"serviceCode\":\"child-schooling\",\"description\":\"子女入学\"}");
        assertEquals(r.body(), 201, r.statusCode());
        return field(r.body(), "id");
    }

    private HttpResponse<String> act(String ticket, String action, String user, String body) throws Exception {
        return http("POST", "/tickets/" + ticket + "/" + action, user, body);
    }

    private static void assertState(HttpResponse<String> r, String state) {
        assertEquals(r.body(), 200, r.statusCode());
        assertTrue(r.body(), r.body().contains("\"state\":\"" + state + "\""));
    }

    @Test
    public void art7LifecycleFromSubmissionToCloseOverHttp() throws Exception {
        String talent = highLevelTalent();
        HttpResponse<String> created = http("POST", "/tickets", "window1", "{\"talentId\":\"" + talent
                + "\",\"serviceCode\":\"child-schooling\",\"description\":\"子女入学\"}");
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), field(created.body(), "number").matches("320700-\\d{8}-\\d{4}"));
        assertTrue(created.body(), created.body().contains("\"nextDueAt\""));
        String t = field(created.body(), "id");
        assertState(act(t, "accept", "window1", null), "ACCEPTED");
        HttpResponse<String> dispatched = act(t, "dispatch", "window1", "{\"unit\":\"EDUCATION\"}");
        assertState(dispatched, "DISPATCHED");
        assertTrue(dispatched.body(), dispatched.body().contains("\"step\":\"COMPLETION\""));
        assertState(act(t, "contact", "dept_edu", "{\"comment\":\"已电话联系\"}"), "CONTACTED");
        assertState(act(t, "resolve", "dept_edu", "{\"reply\":\"已安排就近入学\"}"), "RESOLVED");
        assertState(act(t, "follow-up", "window1", "{\"followUpMethod\":\"PHONE\",\"comment\":\"满意\"}"), "RESOLVED");
        HttpResponse<String> closed = act(t, "close", "window1", null);
        assertState(closed, "CLOSED");
        HttpResponse<String> read = http("GET", "/tickets/" + t, "window1", null);
        assertEquals(7, read.body().split("\"sequence\"").length - 1);
        assertTrue(read.body(), read.body().contains("\"actor\":\"dept_edu\""));
        HttpResponse<String> inbox = http("GET", "/inbox", "dept_edu", null);
        assertTrue(inbox.body(), inbox.body().contains(field(created.body(), "number")));
    }

    @Test
    public void eachTransitionOnlyForItsRoleAndState() throws Exception {
        String t = submitted();
        HttpResponse<String> early = act(t, "dispatch", "window1", "{\"unit\":\"EDUCATION\"}");
        assertEquals(early.body(), 409, early.statusCode());
        assertTrue(early.body(), early.body().contains("TRANSITION_NOT_ALLOWED"));
        HttpResponse<String> unseen = act(t, "accept", "dept_edu", null);
        assertEquals(unseen.body(), 404, unseen.statusCode());
        assertState(act(t, "accept", "window1", null), "ACCEPTED");
        assertState(act(t, "dispatch", "window1", "{\"unit\":\"EDUCATION\"}"), "DISPATCHED");
        HttpResponse<String> notTheUnit = act(t, "contact", "window1", null);
        assertEquals(notTheUnit.body(), 403, notTheUnit.statusCode());
        assertEquals(404, act(t, "teleport", "window1", null).statusCode());
        HttpResponse<String> badDelay = act(t, "file-delay", "dept_edu", "{\"comment\":\"\"}");
        assertEquals(badDelay.body(), 422, badDelay.statusCode());
        assertTrue(badDelay.body(), badDelay.body().contains("\"field\":\"promisedDate\""));
    }

    @Test
    public void twoClerksDispatchingAtOnceOneGets409() throws Exception {
        String t = submitted();
        assertState(act(t, "accept", "window1", null), "ACCEPTED");
        long events = count("TICKET_EVENT");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> results = new ArrayList<>();
        for (String unit : List.of("EDUCATION", "HEALTH")) {
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
        assertEquals(List.of(200, 409), statuses);
        assertEquals(events + 1, count("TICKET_EVENT"));
        HttpResponse<String> read = http("GET", "/tickets/" + t, "window1", null);
        assertEquals(1, read.body().split("\"action\":\"DISPATCH\"").length - 1);
    }

    @Test
    public void ticketsFromTheConsole() throws Exception {
        String t = submitted();
        String accepted = console("window1", "ticket:accept " + t, "window");
        assertTrue(accepted, accepted.contains("ACCEPTED"));
        String dispatched = console("window1", "ticket:dispatch --unit EDUCATION " + t, "window");
        assertTrue(dispatched, dispatched.contains("DISPATCHED"));
        String list = console("window1", "ticket:list --state DISPATCHED", "window");
        assertTrue(list, list.contains(t));
        String shown = console("window1", "ticket:show " + t, "window");
        assertTrue(shown, shown.contains("FIRST_CONTACT"));
        assertTrue(shown, shown.contains("DISPATCH"));
        String refused = console("window1", "ticket:resolve --reply x " + t, "window");
        assertTrue(refused, refused.contains("TRANSITION_FORBIDDEN"));
        String notices = console("supervisor1", "ticket:notices --sweep", "supervisor");
        assertTrue(notices, notices.contains("Sweep"));
        String calendar = console("window1", "calendar:next 2025-09-30T10:00 1", "window");
        assertTrue(calendar, calendar.contains("2025-10-09 17:30"));
    }
}
