package cn.lyg.talent.engine.internal.supervision;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.notify.NotificationKind;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.supervision.SupervisionNotice;
import cn.lyg.talent.api.supervision.SweepResult;
import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.rating.RatingsImpl;
import cn.lyg.talent.engine.internal.rating.TestRatings;
import cn.lyg.talent.engine.internal.registry.TalentRegistryTest;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/** Art.8 supervision of the Art.7 deadlines, by time travel; and the in-app inbox. */
public class SupervisionTest {
    private WindowFixture f;

    @Before
    public void setUp() throws Exception {
        f = new WindowFixture();
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    private SupervisionImpl node(String warningTime) {
        return TestSupervision.of(f, warningTime);
    }

    private static int count(Page<Notification> page, NotificationKind kind) {
        return (int) page.items.stream().filter(n -> n.kind == kind).count();
    }

    @Test
    public void art8OneNoticePerMissedDeadlineNeverTwiceAlsoAfterARestart() throws Exception {
        Ticket t = f.dispatched(); // Mon 2025-09-22 10:00; first contact due Tue 17:30, completion Thu 09-25 17:30
        SupervisionImpl supervision = node("");
        f.now(2025, 9, 23, 17, 29);
        assertEquals(0, supervision.sweep().overdueNotices);
        f.now(2025, 9, 23, 17, 31);
        assertEquals(1, supervision.sweep().overdueNotices);
        assertEquals(0, supervision.sweep().overdueNotices);
        // A restart: a fresh component on the same database raises nothing again.
        assertEquals(0, node("").sweep().overdueNotices);
        f.now(2025, 9, 26, 9, 0);
        SweepResult later = node("").sweep();
        assertEquals("completion is now overdue too", 1, later.overdueNotices);
        Page<SupervisionNotice> notices = supervision.notices(NoticeKind.OVERDUE, null, WindowFixture.SUPERVISOR, 0, 20);
        assertEquals(2, notices.total);
        assertTrue(notices.items.stream().allMatch(n -> "EDUCATION".equals(n.unit) && t.number.equals(n.ticketNumber)));
        assertEquals(2, f.db.count("SUPERVISION_NOTICE"));
        // To the unit and to the talent office (Art.8).
        assertEquals(2, count(f.inbox.list(WindowFixture.EDUCATION, false, 0, 50), NotificationKind.SUPERVISION_NOTICE));
        assertEquals(2, count(f.inbox.list(WindowFixture.SUPERVISOR, false, 0, 50), NotificationKind.SUPERVISION_NOTICE));
        // The talent office reads whose deadline it was.
        assertTrue(f.inbox.list(WindowFixture.SUPERVISOR, false, 0, 50).items.stream()
                .anyMatch(n -> n.textZh.contains("首次联系环节（连云港市教育局）已于 2025-09-23 17:30 到期")));
        assertEquals(0, supervision.notices(null, null, WindowFixture.HEALTH, 0, 20).total);
        assertEquals(2, supervision.notices(null, null, WindowFixture.EDUCATION, 0, 20).total);
    }

    @Test
    public void art7WarningOnTheMorningOfTheDueDayOnce() throws Exception {
        f.dispatched();
        SupervisionImpl supervision = node("09:00");
        f.now(2025, 9, 23, 8, 59);
        assertEquals(0, supervision.sweep().warnings);
        f.now(2025, 9, 23, 9, 0);
        SweepResult r = supervision.sweep();
        assertEquals("first contact is due today", 1, r.warnings);
        assertEquals(0, r.overdueNotices);
        assertEquals(0, supervision.sweep().warnings);
        assertEquals(1, count(f.inbox.list(WindowFixture.EDUCATION, false, 0, 50), NotificationKind.DEADLINE_WARNING));
        // The window's own dispatch step of a new ticket due today warns the window.
        f.now(2025, 9, 22, 10, 0);
        f.submitOnline();
        f.now(2025, 9, 23, 9, 30);
        assertEquals(1, supervision.sweep().warnings);
        assertEquals(1, count(f.inbox.list(WindowFixture.WINDOW, false, 0, 50), NotificationKind.DEADLINE_WARNING));
    }

    @Test
    public void art8TwoNodesSweepingAtOnceRaiseEachNoticeOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            f.dispatched();
        }
        f.now(2025, 9, 26, 9, 0); // contact and completion overdue for all five
        SupervisionImpl a = node("");
        SupervisionImpl b = node("");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<SweepResult>> runs = new ArrayList<>();
        for (SupervisionImpl s : List.of(a, b)) {
            Callable<SweepResult> c = () -> {
                start.await();
                return s.sweep();
            };
            runs.add(pool.submit(c));
        }
        start.countDown();
        int raised = 0;
        for (Future<SweepResult> r : runs) {
            raised += r.get().overdueNotices;
        }
        pool.shutdown();
        assertEquals(10, raised);
        assertEquals(10, f.db.count("SUPERVISION_NOTICE"));
    }

    @Test
    public void noNoticeForAStepDoneInTime() throws Exception {
        Ticket t = f.dispatched();
        f.now(2025, 9, 23, 10, 0);
        f.window.transition(t.id, TicketAction.CONTACT, null, WindowFixture.EDUCATION);
        f.now(2025, 9, 24, 10, 0);
        assertEquals(0, node("").sweep().overdueNotices);
        assertEquals(Step.COMPLETION, f.window.get(t.id, WindowFixture.WINDOW).steps.stream()
                .filter(s -> s.doneAt == null).findFirst().get().step);
    }

    @Test
    public void theCityWindowReadsWhatIsAddressedToACountysWindow() throws Exception {
        TalentInput in = TalentRegistryTest.talent("东海", 71);
        in.jurisdiction = "320722";
        in.account = "donghai1";
        String id = f.registry.register(in, WindowFixture.WINDOW).id;
        CertificationInput c = new CertificationInput();
        c.talentClass = TalentClass.B;
        c.certifiedBy = "市人才办";
        c.basis = "认定";
        c.validFrom = LocalDate.of(2025, 1, 1);
        f.registry.certify(id, c, WindowFixture.SUPERVISOR);
        TicketInput t = new TicketInput();
        t.serviceCode = "housing";
        t.description = "住房";
        f.window.submit(t, WindowFixture.actor("donghai1", null, Role.TALENT));
        Actor donghaiClerk = new Actor("dh", EnumSet.of(
                Role.WINDOW), "320722", null);
        Actor haizhouClerk = new Actor("hz", EnumSet.of(
                Role.WINDOW), "320706", null);
        assertEquals(1, f.inbox.list(WindowFixture.WINDOW, true, 0, 50).total);
        assertEquals(1, f.inbox.list(donghaiClerk, true, 0, 50).total);
        assertEquals(0, f.inbox.list(haizhouClerk, true, 0, 50).total);
    }

    /** A ticket resolved by EDUCATION at the fixture's time and rated very dissatisfied; its rectification. */
    private String badlyRated(RatingsImpl ratings) {
        Ticket t = f.dispatched();
        f.window.transition(t.id, TicketAction.CONTACT, null, WindowFixture.EDUCATION);
        TransitionInput reply = new TransitionInput();
        reply.reply = "已办结";
        f.window.transition(t.id, TicketAction.RESOLVE, reply, WindowFixture.EDUCATION);
        RatingInput bad = new RatingInput();
        bad.stage = RatingStage.COMPLETION;
        bad.level = RatingLevel.VERY_DISSATISFIED;
        return ratings.rate(t.id, bad, WindowFixture.TALENT).rectification.id;
    }

    @Test
    public void art8ARectificationPastItsDeadlineRaisesOneNotice() throws Exception {
        RatingsImpl ratings = TestRatings.of(f);
        String rectification = badlyRated(ratings);
        ratings.callBack(rectification, "已回访核实", WindowFixture.WINDOW);
        SupervisionImpl supervision = node("");
        f.now(2025, 9, 28, 17, 29); // due Sun 09-28 17:30 (5 working days from Mon 09-22)
        assertEquals(0, supervision.sweep().rectificationNotices);
        f.now(2025, 9, 29, 9, 0);
        assertEquals(1, supervision.sweep().rectificationNotices);
        assertEquals(0, node("").sweep().rectificationNotices);
        Page<SupervisionNotice> notices = supervision.notices(NoticeKind.OVERDUE, "EDUCATION", WindowFixture.SUPERVISOR, 0, 50);
        assertTrue(notices.items.stream().anyMatch(n -> rectification.equals(n.rectificationId) && n.step == null));
        assertEquals(1, f.db.count("RECTIFICATION_NOTICE"));
        // It names the stage rated: a request may have an acceptance and a completion rectification at once.
        assertTrue(f.inbox.list(WindowFixture.EDUCATION, true, 0, 50).items.stream()
                .anyMatch(n -> n.textZh.contains("办结环节差评的整改") && n.textEn.contains("the bad completion rating")));
    }

    /** Art.8: until the window has called back, the unit cannot rectify; the window is pressed, not the unit. */
    @Test
    public void art8ARectificationNotCalledBackInTimePressesTheWindow() throws Exception {
        RatingsImpl ratings = TestRatings.of(f);
        badlyRated(ratings);
        f.now(2025, 9, 29, 9, 0); // past the due time, never called back
        assertEquals(1, node("").sweep().rectificationNotices);
        assertTrue(f.inbox.list(WindowFixture.WINDOW, true, 0, 50).items.stream()
                .anyMatch(n -> n.kind == NotificationKind.SUPERVISION_NOTICE && n.textZh.contains("尚未回访核实")
                        && n.textZh.contains("办结环节差评") && n.textEn.contains("bad completion rating")));
        assertTrue(f.inbox.list(WindowFixture.SUPERVISOR, true, 0, 50).items.stream()
                .anyMatch(n -> n.kind == NotificationKind.SUPERVISION_NOTICE && n.textZh.contains("尚未回访核实")));
        assertEquals(0, count(f.inbox.list(WindowFixture.EDUCATION, true, 0, 50), NotificationKind.SUPERVISION_NOTICE));
        // Filed as the window's, not listed among the unit's notices.
        assertEquals(0, node("").notices(null, "EDUCATION", WindowFixture.SUPERVISOR, 0, 50).total);
        // A misspelt unit is refused, not answered with an empty list that reads as "no notices".
        try {
            node("").notices(null, "EDUCATON", WindowFixture.SUPERVISOR, 0, 50);
            org.junit.Assert.fail("UNIT_UNKNOWN expected");
        } catch (Refusal r) {
            assertEquals("unit:UNIT_UNKNOWN", r.fieldErrors().get(0).field + ":" + r.fieldErrors().get(0).code);
        }
        assertEquals(1, node("").notices(null, null, WindowFixture.SUPERVISOR, 0, 50).items.stream()
                .filter(n -> n.rectificationId != null && n.unit == null).count());
    }

    /**
     * Art.8: pressed is whoever holds the rectification up, each once: the window for its late
     * call-back, then the unit, whose rectification is still overdue after the call-back.
     */
    @Test
    public void art8AfterALateCallBackTheUnitIsPressedToo() throws Exception {
        RatingsImpl ratings = TestRatings.of(f);
        String rectification = badlyRated(ratings);
        f.now(2025, 9, 29, 9, 0); // past the due time, never called back
        assertEquals(1, node("").sweep().rectificationNotices);
        assertEquals(0, count(f.inbox.list(WindowFixture.EDUCATION, true, 0, 50), NotificationKind.SUPERVISION_NOTICE));
        ratings.callBack(rectification, "已回访核实", WindowFixture.WINDOW);
        assertEquals(1, node("").sweep().rectificationNotices);
        assertEquals(0, node("").sweep().rectificationNotices);
        assertEquals(1, count(f.inbox.list(WindowFixture.EDUCATION, true, 0, 50), NotificationKind.SUPERVISION_NOTICE));
        assertEquals(2, f.db.count("RECTIFICATION_NOTICE"));
        assertEquals(1, node("").notices(null, "EDUCATION", WindowFixture.SUPERVISOR, 0, 50).total);
        // A unit reads its own notices; a department login without a unit grant reads none (it read
        // every unit's), nor does a unit asking for another unit's.
        assertEquals(1, node("").notices(null, null, WindowFixture.EDUCATION, 0, 50).total);
        assertEquals(0, node("").notices(null, null, WindowFixture.actor("liaison1", null, Role.DEPARTMENT), 0, 50).total);
        assertEquals(0, node("").notices(null, "EDUCATION", WindowFixture.HEALTH, 0, 50).total);
        ratings.rectify(rectification, "已整改", WindowFixture.EDUCATION);
        assertEquals(0, node("").sweep().rectificationNotices);
    }

    @Test
    public void eachTransitionNotifiesThePeopleItConcerns() {
        Ticket t = f.dispatched();
        Page<Notification> talent = f.inbox.list(WindowFixture.TALENT, true, 0, 50);
        // The receipt of the online submission, accepted, then dispatched.
        assertEquals(3, talent.total);
        Notification dispatch = talent.items.stream().filter(n -> n.textEn.contains("was passed to")).findFirst().get();
        assertTrue(dispatch.textZh.contains(t.number));
        // Units and services by name, Chinese first: what a talent reads is not a code.
        assertTrue(dispatch.textZh, dispatch.textZh.contains("连云港市教育局") && dispatch.textZh.contains("服务child-schooling"));
        assertTrue(dispatch.textEn, dispatch.textEn.contains("Municipal Education Bureau"));
        assertFalse(dispatch.textZh, dispatch.textZh.contains("EDUCATION"));
        assertTrue(dispatch.textEn.contains("Art.7"));
        assertEquals(1, f.inbox.list(WindowFixture.EDUCATION, true, 0, 50).total);
        assertEquals(1, f.inbox.list(WindowFixture.WINDOW, true, 0, 50).total);
        assertEquals(0, f.inbox.list(WindowFixture.HEALTH, true, 0, 50).total);
        Notification first = talent.items.get(0);
        try {
            f.inbox.markRead(first.id, WindowFixture.EDUCATION);
            fail();
        } catch (Refusal r) {
            assertEquals("NOTIFICATION_NOT_FOUND", r.code());
        }
        f.inbox.markRead(first.id, WindowFixture.TALENT);
        assertEquals(2, f.inbox.list(WindowFixture.TALENT, true, 0, 50).total);
    }

    @Test
    public void eachReaderOfANoticeToTheirRoleOrUnitReadsItForThemselves() {
        f.dispatched();
        Actor colleague = WindowFixture.actor("window2", null, Role.WINDOW);
        Actor countyClerk = new Actor("donghai_window", EnumSet.of(Role.WINDOW), "320722", null);
        Notification submitted = f.inbox.list(WindowFixture.WINDOW, true, 0, 50).items.get(0);
        assertEquals("role:window@320700", submitted.recipient);
        Notification marked = f.inbox.markRead(submitted.id, WindowFixture.WINDOW);
        assertEquals(f.clock.instant(), marked.readAt);
        // Read by window1: no longer unread for window1, still unread for window2.
        assertEquals(0, f.inbox.list(WindowFixture.WINDOW, true, 0, 50).total);
        assertEquals(1, f.inbox.list(colleague, true, 0, 50).total);
        assertEquals(f.clock.instant(), f.inbox.list(WindowFixture.WINDOW, false, 0, 50).items.get(0).readAt);
        assertNull(f.inbox.list(colleague, false, 0, 50).items.get(0).readAt);
        // Marking again keeps the first time.
        f.now(2025, 9, 23, 9, 0);
        assertEquals(marked.readAt, f.inbox.markRead(submitted.id, WindowFixture.WINDOW).readAt);
        // A county clerk does not read the city's notices.
        refusedNotFound(() -> f.inbox.markRead(submitted.id, countyClerk));
        // The unit's notice likewise: one handler's reading is theirs.
        Actor otherHandler = WindowFixture.actor("dept_edu2", "EDUCATION", Role.DEPARTMENT);
        Notification toUnit = f.inbox.list(WindowFixture.EDUCATION, true, 0, 50).items.get(0);
        f.inbox.markRead(toUnit.id, WindowFixture.EDUCATION);
        assertEquals(0, f.inbox.list(WindowFixture.EDUCATION, true, 0, 50).total);
        assertEquals(1, f.inbox.list(otherHandler, true, 0, 50).total);
    }

    private static void refusedNotFound(Runnable r) {
        try {
            r.run();
            fail();
        } catch (Refusal e) {
            assertEquals("NOTIFICATION_NOT_FOUND", e.code());
        }
    }
}
