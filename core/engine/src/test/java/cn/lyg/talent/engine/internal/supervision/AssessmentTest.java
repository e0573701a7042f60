package cn.lyg.talent.engine.internal.supervision;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.supervision.Assessment;
import cn.lyg.talent.api.supervision.AssessmentQuery;
import cn.lyg.talent.api.supervision.AssessmentRow;
import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.rating.RatingsImpl;
import cn.lyg.talent.engine.internal.rating.TestRatings;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/**
 * Art.8: the talent office assesses how the window and the units kept the Art.7 deadlines and
 * how talents rated them, over a period.
 */
public class AssessmentTest {
    private WindowFixture f;
    private SupervisionImpl supervision;
    private RatingsImpl ratings;

    @Before
    public void setUp() throws Exception {
        f = new WindowFixture();
        ratings = TestRatings.of(f);
        supervision = TestSupervision.of(f, "");
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    private Ticket act(Ticket t, TicketAction action, TransitionInput in) {
        return f.window.transition(t.id, action, in == null ? new TransitionInput() : in,
                action == TicketAction.CONTACT || action == TicketAction.RESOLVE || action == TicketAction.FILE_DELAY
                        ? WindowFixture.EDUCATION : WindowFixture.WINDOW);
    }

    private void rate(Ticket t, RatingStage stage, RatingLevel level) {
        RatingInput in = new RatingInput();
        in.stage = stage;
        in.level = level;
        ratings.rate(t.id, in, WindowFixture.TALENT);
    }

    /** A ticket dispatched to EDUCATION now, contacted, resolved and rated {@code level} at completion by the talent. */
    private Rating resolvedAndRatedBadly(RatingLevel level) {
        Ticket t = act(f.dispatched(), TicketAction.CONTACT, null);
        TransitionInput reply = new TransitionInput();
        reply.reply = "已安排入学";
        t = act(t, TicketAction.RESOLVE, reply);
        RatingInput bad = new RatingInput();
        bad.stage = RatingStage.COMPLETION;
        bad.level = level;
        return ratings.rate(t.id, bad, WindowFixture.TALENT);
    }

    private static AssessmentQuery september() {
        AssessmentQuery q = new AssessmentQuery();
        q.from = LocalDate.of(2025, 9, 1);
        q.to = LocalDate.of(2025, 9, 30);
        return q;
    }

    private static AssessmentRow row(Assessment a, String unit) {
        return a.rows.stream().filter(r -> unit == null ? r.unit == null : unit.equals(r.unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + unit));
    }

    @Test
    public void art8DeadlinesKeptAndMissedRatingsAndRectificationsPerPartyForThePeriod() throws Exception {
        // Mon 2025-09-22 10:00: A and B dispatched to EDUCATION (first contact due Tue 09-23 17:30,
        // completion Thu 09-25 17:30); C submitted and never dispatched (due Tue 09-23 17:30).
        Ticket a = f.dispatched();
        Ticket b = f.dispatched();
        f.now(2025, 9, 22, 11, 0);
        TicketInput housing = new TicketInput();
        housing.serviceCode = "housing";
        housing.description = "申请人才公寓";
        f.window.submit(housing, WindowFixture.TALENT);
        f.now(2025, 9, 23, 11, 0);
        a = act(a, TicketAction.CONTACT, null);
        TransitionInput delay = new TransitionInput();
        delay.step = Step.FIRST_CONTACT;
        delay.comment = "人才出差，约定次日联系";
        delay.promisedDate = LocalDate.of(2025, 9, 24);
        b = act(b, TicketAction.FILE_DELAY, delay);
        f.now(2025, 9, 24, 10, 0);
        b = act(b, TicketAction.CONTACT, null);
        rate(a, RatingStage.ACCEPTANCE, RatingLevel.SATISFIED);
        f.now(2025, 9, 26, 9, 0);
        TransitionInput reply = new TransitionInput();
        reply.reply = "已安排入学";
        a = act(a, TicketAction.RESOLVE, reply);
        rate(a, RatingStage.COMPLETION, RatingLevel.DISSATISFIED);
        assertEquals(2, supervision.sweep().overdueNotices);

        Assessment sept = supervision.assess(september(), WindowFixture.SUPERVISOR);
        assertEquals(LocalDate.of(2025, 9, 1), sept.from);
        assertEquals(2, sept.rows.size());
        // The window: A's and B's dispatch on time, C's overdue; A's acceptance rated.
        AssessmentRow window = row(sept, null);
        assertEquals(2, window.onTime);
        assertEquals(1, window.overdue);
        assertEquals(1, window.overdueNotices);
        assertEquals(Map.of(RatingLevel.SATISFIED, 1), window.ratings);
        assertEquals(1.0, window.satisfactionRate, 0.0);
        assertEquals(2.0 / 3, window.onTimeRate, 1e-9);
        // EDUCATION: A's contact on time, B's with its delay, A's completion late, B's overdue;
        // A's completion rated badly, which opened a rectification not yet due.
        AssessmentRow education = row(sept, "EDUCATION");
        assertEquals(1, education.onTime);
        assertEquals(1, education.onTimeWithDelay);
        assertEquals(1, education.late);
        assertEquals(1, education.overdue);
        assertEquals(0.5, education.onTimeRate, 0.0);
        assertEquals(1, education.overdueNotices);
        assertEquals(0.0, education.satisfactionRate, 0.0);
        assertEquals(1, education.rectifications);
        assertEquals(0, education.rectificationsOverdue);
        // A's follow-up is due in October: not this period's.
        assertEquals(0, education.pending + window.pending);
        assertEquals(3, sept.total.onTime);
        assertEquals(2, sept.total.overdue);
        assertEquals(4.0 / 7, sept.total.onTimeRate, 1e-9);
        assertEquals(2, sept.total.ratings.values().stream().mapToInt(Integer::intValue).sum());

        // A month without deadlines has no rows and no rates.
        AssessmentQuery august = new AssessmentQuery();
        august.from = LocalDate.of(2025, 8, 1);
        august.to = LocalDate.of(2025, 8, 31);
        Assessment none = supervision.assess(august, WindowFixture.SUPERVISOR);
        assertTrue(none.rows.isEmpty());
        assertNull(none.total.onTimeRate);
        // Without days: this month, its steps not yet due as pending (A's follow-up, due Fri 10-10, is October's).
        Assessment thisMonth = supervision.assess(new AssessmentQuery(), WindowFixture.SUPERVISOR);
        assertEquals(LocalDate.of(2025, 9, 1), thisMonth.from);
        assertEquals(LocalDate.of(2025, 9, 30), thisMonth.to);
        AssessmentQuery october = new AssessmentQuery();
        october.to = LocalDate.of(2025, 10, 31);
        assertEquals(1, supervision.assess(october, WindowFixture.SUPERVISOR).total.pending);
    }

    /**
     * Art.7: a ticket redirected after its unit missed first contact keeps the miss against that
     * unit (the overdue step is cancelled on the ticket, not in the assessment); one redirected
     * before its due time answers to nobody.
     */
    @Test
    public void art7AMissBeforeARedirectStaysAgainstTheFirstUnit() throws Exception {
        f.answersFor("HEALTH", "child-schooling");
        Ticket missed = f.dispatched();
        Ticket inTime = f.dispatched();
        TransitionInput elsewhere = new TransitionInput();
        elsewhere.unit = "HEALTH";
        elsewhere.comment = "应由卫健委办理";
        f.window.transition(inTime.id, TicketAction.REDIRECT, elsewhere, WindowFixture.WINDOW);
        f.now(2025, 9, 24, 9, 0); // first contact was due Tue 09-23
        f.window.transition(missed.id, TicketAction.REDIRECT, elsewhere, WindowFixture.WINDOW);
        AssessmentRow education = row(supervision.assess(september(), WindowFixture.SUPERVISOR), "EDUCATION");
        assertEquals(1, education.overdue);
        assertEquals(0, education.onTime + education.late + education.pending);
    }

    /**
     * Art.8, decision 0015: the unit cannot rectify before the window has called back. A call-back
     * missed by the due time makes the rectification the window's record, late or overdue; a
     * call-back in time leaves it the unit's, late if the unit is.
     */
    @Test
    public void art8ARectificationHeldUpByALateCallBackCountsAgainstTheWindowNotTheUnit() throws Exception {
        Rating rated = resolvedAndRatedBadly(RatingLevel.DISSATISFIED);
        f.now(2025, 9, 29, 9, 0); // past the due time, never called back
        Assessment overdue = supervision.assess(september(), WindowFixture.SUPERVISOR);
        assertEquals(1, row(overdue, null).rectificationsOverdue);
        assertEquals(0, row(overdue, "EDUCATION").rectifications);
        ratings.callBack(rated.rectification.id, "电话回访，情况属实", WindowFixture.WINDOW);
        ratings.rectify(rated.rectification.id, "已重新安排学校", WindowFixture.EDUCATION);
        Assessment late = supervision.assess(september(), WindowFixture.SUPERVISOR);
        assertEquals(1, row(late, null).rectifiedLate);
        assertEquals(0, row(late, "EDUCATION").rectifications);

        // Called back in time, rectified late: the unit's.
        Rating second = resolvedAndRatedBadly(RatingLevel.DISSATISFIED);
        ratings.callBack(second.rectification.id, "电话回访，情况属实", WindowFixture.WINDOW);
        assertTrue(second.rectification.dueAt.isBefore(java.time.Instant.parse("2025-10-29T00:00:00Z")));
        f.now(2025, 10, 30, 9, 0); // past its due time
        ratings.rectify(second.rectification.id, "已重新安排学校", WindowFixture.EDUCATION);
        AssessmentQuery both = september();
        both.to = LocalDate.of(2025, 10, 31);
        Assessment after = supervision.assess(both, WindowFixture.SUPERVISOR);
        assertEquals(1, row(after, "EDUCATION").rectifiedLate);
        assertEquals(1, row(after, null).rectifiedLate);
    }

    @Test
    public void art8ABadRatingVoidedOnAppealAfterItsRectificationWasReRatedNoLongerCountsAgainstTheUnit() throws Exception {
        // Mon 2025-09-22: A dispatched, contacted, resolved and rated badly at completion.
        Rating rated = resolvedAndRatedBadly(RatingLevel.VERY_DISSATISFIED);
        ratings.callBack(rated.rectification.id, "电话回访，情况属实", WindowFixture.WINDOW);
        ratings.rectify(rated.rectification.id, "已重新安排学校", WindowFixture.EDUCATION);
        RatingInput again = new RatingInput();
        again.level = RatingLevel.SATISFIED;
        ratings.reRate(rated.rectification.id, again, WindowFixture.TALENT);
        assertEquals(1, row(supervision.assess(september(), WindowFixture.SUPERVISOR), "EDUCATION").rectifications);
        // Art.8 appeal: the bad rating was mistaken. Its rectification, re-rated before the appeal,
        // is kept on the ticket but is no longer the unit's record, as the rating is not.
        ratings.voidRating(rated.id, "评价对象错误，系对其他单位的投诉", WindowFixture.SUPERVISOR);
        AssessmentRow education = row(supervision.assess(september(), WindowFixture.SUPERVISOR), "EDUCATION");
        assertEquals(0, education.rectifications);
        assertEquals(0, education.rectifiedOnTime + education.rectifiedLate + education.rectificationsOverdue);
        assertTrue(education.ratings.isEmpty());
        assertEquals(1, f.db.count("RECTIFICATION"));
    }

    @Test
    public void art8OnlyTheTalentOfficeAssessesAndABadPeriodIsRefused() throws Exception {
        try {
            supervision.assess(september(), WindowFixture.WINDOW);
            fail("the window does not assess");
        } catch (Refusal r) {
            assertEquals("ROLE_REQUIRED", r.code());
        }
        AssessmentQuery backwards = september();
        backwards.to = LocalDate.of(2025, 8, 31);
        backwards.jurisdiction = "999999";
        try {
            supervision.assess(backwards, WindowFixture.SUPERVISOR);
            fail("a period ending before it starts");
        } catch (Refusal r) {
            assertEquals("QUERY_INVALID", r.code());
            assertEquals("to", r.fieldErrors().get(0).field);
            assertEquals("BEFORE_FROM", r.fieldErrors().get(0).code);
            assertEquals("不得早于起始日期（2025-09-01）。", r.fieldErrors().get(0).messageZh);
            assertEquals("jurisdiction", r.fieldErrors().get(1).field);
            assertEquals("JURISDICTION_UNKNOWN", r.fieldErrors().get(1).code);
        }
    }
}
