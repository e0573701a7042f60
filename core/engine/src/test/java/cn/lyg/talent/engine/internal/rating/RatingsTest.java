package cn.lyg.talent.engine.internal.rating;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
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
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.rating.Rectification;
import cn.lyg.talent.api.rating.RectificationQuery;
import cn.lyg.talent.api.rating.RectificationStatus;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/** 好差评: five levels, bad ratings rectified by a deadline, appeals (Art.7 follow-up, Art.8 surveys). */
public class RatingsTest {
    private WindowFixture f;
    private RatingsImpl ratings;

    @Before
    public void setUp() throws Exception {
        f = new WindowFixture();
        ratings = TestRatings.of(f);
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    private static RatingInput rating(RatingStage stage, RatingLevel level) {
        RatingInput in = new RatingInput();
        in.stage = stage;
        in.level = level;
        in.comment = "评价";
        return in;
    }

    private Ticket resolved() {
        Ticket t = f.dispatched();
        f.window.transition(t.id, TicketAction.CONTACT, null, WindowFixture.EDUCATION);
        TransitionInput reply = new TransitionInput();
        reply.reply = "已办结";
        return f.window.transition(t.id, TicketAction.RESOLVE, reply, WindowFixture.EDUCATION);
    }

    private static Refusal refused(Runnable r, String code) {
        try {
            r.run();
        } catch (Refusal e) {
            assertEquals(code, e.code());
            return e;
        }
        throw new AssertionError(code + " expected");
    }

    @Test
    public void goodRatingsAtAcceptanceAndCompletionOpenNothing() {
        Ticket t = resolved();
        Rating a = ratings.rate(t.id, rating(RatingStage.ACCEPTANCE, RatingLevel.VERY_SATISFIED), WindowFixture.TALENT);
        Rating c = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.BASICALLY_SATISFIED), WindowFixture.WINDOW);
        assertNull(a.rectification);
        assertNull(c.rectification);
        assertEquals("window1", c.recordedBy);
        assertEquals(2, ratings.ofTicket(t.id, WindowFixture.SUPERVISOR).size());
        refused(() -> ratings.rate(t.id, rating(RatingStage.ACCEPTANCE, RatingLevel.SATISFIED), WindowFixture.TALENT),
                "RATING_EXISTS");
        refused(() -> ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.WINDOW),
                "RATING_EXISTS");
    }

    /**
     * Art.8: staff record a talent's rating given by phone, but not of their own work: the window
     * not the acceptance (its own), the talent office not the completion (the window's to record).
     */
    @Test
    public void staffDoNotRecordARatingOfTheirOwnWork() throws Exception {
        Ticket t = resolved();
        long before = f.db.count("RATING");
        refused(() -> ratings.rate(t.id, rating(RatingStage.ACCEPTANCE, RatingLevel.VERY_SATISFIED), WindowFixture.WINDOW),
                "RATE_BY_OFFICE");
        refused(() -> ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.VERY_SATISFIED), WindowFixture.SUPERVISOR),
                "RERATE_BY_WINDOW");
        assertEquals("nothing written", before, f.db.count("RATING"));
        Rating byOffice = ratings.rate(t.id, rating(RatingStage.ACCEPTANCE, RatingLevel.SATISFIED), WindowFixture.SUPERVISOR);
        assertEquals("supervisor1", byOffice.recordedBy);
        assertTrue(told(WindowFixture.TALENT, "市人才办已代您对申请 " + t.number));
    }

    @Test
    public void aRejectionIsRatedAtAcceptanceAWithdrawnTicketIsNotRated() throws Exception {
        TransitionInput reason = new TransitionInput();
        reason.comment = "不符合申请条件";
        Ticket rejected = f.window.transition(f.submitOnline().id, TicketAction.REJECT, reason, WindowFixture.WINDOW);
        Rating r = ratings.rate(rejected.id, rating(RatingStage.ACCEPTANCE, RatingLevel.DISSATISFIED),
                WindowFixture.TALENT);
        assertNotNull("a bad rating of the window's decision is rectified by the window", r.rectification);
        assertNull(r.rectification.unit);
        // A rejected ticket never completes: not "too early", which would invite trying later.
        Refusal notRated = refused(() -> ratings.rate(rejected.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED),
                WindowFixture.TALENT), "RATING_NOT_APPLICABLE");
        assertEquals("事项处于不予受理状态，不进行办结评价。", notRated.messageZh());
        assertEquals("A ticket that is rejected has no rating at completion.", notRated.messageEn());
        Ticket withdrawn = f.window.transition(f.submitOnline().id, TicketAction.WITHDRAW, new TransitionInput(),
                WindowFixture.TALENT);
        long before = f.db.count("RATING");
        refused(() -> ratings.rate(withdrawn.id, rating(RatingStage.ACCEPTANCE, RatingLevel.SATISFIED),
                WindowFixture.TALENT), "RATING_NOT_APPLICABLE");
        assertEquals(before, f.db.count("RATING"));
    }

    @Test
    public void theTalentsOwnRatingSupersedesWhatTheWindowRecordedForThemWhichIsKept() throws Exception {
        Ticket t = resolved();
        // The window records a rating first; the talent still rates the stage themselves.
        ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.VERY_SATISFIED), WindowFixture.WINDOW);
        Rating own = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED), WindowFixture.TALENT);
        assertEquals("talent1", own.recordedBy);
        assertNotNull("a bad rating opens a rectification", own.rectification);
        List<Rating> all = ratings.ofTicket(t.id, WindowFixture.SUPERVISOR);
        assertEquals(2, all.size());
        Rating recorded = all.stream().filter(r -> r.recordedBy.equals("window1")).findFirst().orElseThrow();
        assertTrue(recorded.voided);
        assertEquals("talent1", recorded.voidedBy);
        assertTrue(recorded.voidReason, recorded.voidReason.contains("本人") && recorded.voidReason.contains("own rating"));
        // The talent's own word is not superseded in turn, neither by the window nor by a second try.
        refused(() -> ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.WINDOW),
                "RATING_EXISTS");
        refused(() -> ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT),
                "RATING_EXISTS");
        assertEquals(2, f.db.count("RATING"));
    }

    @Test
    public void twoSimultaneousRatingsOfOneStageOneIsKept() throws Exception {
        Ticket t = resolved();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<String>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                try {
                    ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT);
                    return "ok";
                } catch (Refusal r) {
                    return r.code();
                }
            }));
        }
        start.countDown();
        int ok = 0;
        for (Future<String> r : runs) {
            String outcome = r.get();
            if ("ok".equals(outcome)) {
                ok++;
            } else {
                assertEquals("RATING_EXISTS", outcome);
            }
        }
        pool.shutdown();
        assertEquals(1, ok);
        assertEquals(1, f.db.count("RATING"));
    }

    @Test
    public void noCompletionRatingBeforeCompletion() throws Exception {
        Ticket t = f.dispatched();
        refused(() -> ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT),
                "RATING_TOO_EARLY");
        assertEquals(0, f.db.count("RATING"));
    }

    @Test
    public void badRatingIsCalledBackRectifiedByItsDeadlineAndReRated() throws Exception {
        Ticket t = resolved(); // Mon 2025-09-22
        Rating bad = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED), WindowFixture.TALENT);
        Rectification r = bad.rectification;
        assertEquals(RectificationStatus.OPEN, r.status);
        assertEquals("EDUCATION", r.unit);
        // 5 working days from Mon 09-22: 23, 24, 25, 26, Sun 28 (make-up day).
        assertEquals(LocalDateTime.of(2025, 9, 28, 17, 30).atZone(WindowFixture.ZONE).toInstant(), r.dueAt);
        assertTrue(f.inbox.list(WindowFixture.EDUCATION, true, 0, 50).items.stream()
                .anyMatch(n -> n.textZh.contains("差评")));
        refused(() -> ratings.rectify(r.id, "已整改", WindowFixture.EDUCATION), "RECTIFICATION_NOT_ALLOWED");
        // A call-back without its note is a rectification record's error, not a rating's.
        refused(() -> ratings.callBack(r.id, " ", WindowFixture.WINDOW), "RECTIFICATION_INVALID");
        // The unit learns of the complaint and its deadline; the call-back is the window's.
        assertTrue(told(WindowFixture.EDUCATION, "一站式窗口回访核实后，请于 2025-09-28 17:30 前完成整改"));
        ratings.callBack(r.id, "电话回访，情况属实", WindowFixture.WINDOW);
        assertTrue(told(WindowFixture.EDUCATION, "差评已回访核实，请于 2025-09-28 17:30 前完成整改"));
        refused(() -> ratings.rectify(r.id, "已整改", WindowFixture.HEALTH), "RECTIFICATION_NOT_FOUND");
        f.now(2025, 9, 29, 10, 0);
        Rectification done = ratings.rectify(r.id, "已重新安排学校", WindowFixture.EDUCATION);
        assertEquals(RectificationStatus.RECTIFIED, done.status);
        assertTrue("rectified after the due time", done.late);
        // Art.8 assessment: who called back and who rectified are kept beside the times.
        assertEquals(WindowFixture.WINDOW.account(), done.calledBackBy);
        assertEquals(WindowFixture.EDUCATION.account(), done.rectifiedBy);
        // The rater is told the result and may rate the rectification.
        assertTrue(f.inbox.list(WindowFixture.TALENT, true, 0, 50).items.stream()
                .anyMatch(n -> n.textZh.contains("已整改") && n.ticketNumber.equals(t.number)));
        // The window is told to record a re-rating given by phone, not asked to rate it.
        assertTrue(told(WindowFixture.WINDOW, "请代为录入"));
        assertFalse(told(WindowFixture.WINDOW, "请查看结果并对整改进行评价"));
        // A re-rating is of the rectification: a stage sent with it is refused, not ignored.
        refused(() -> ratings.reRate(r.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT),
                "RATING_INVALID");
        Rating again = ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.TALENT);
        assertEquals(RatingStage.RECTIFICATION, again.stage);
        assertEquals(r.id, again.rectificationId);
        assertEquals(2, ratings.ofTicket(t.id, WindowFixture.TALENT).size());
        assertEquals(RectificationStatus.RE_RATED, ratings.ofTicket(t.id, WindowFixture.TALENT).get(0).rectification.status);
        // The talent reads the parties, not the staff's logins; their own account stays.
        Rating seen = ratings.ofTicket(t.id, WindowFixture.TALENT).get(0);
        assertNull(seen.rectification.calledBackBy);
        assertNull(seen.rectification.rectifiedBy);
        assertEquals(WindowFixture.WINDOW.account(), ratings.ofTicket(t.id, WindowFixture.WINDOW).get(0).rectification.calledBackBy);
        assertEquals(WindowFixture.TALENT.account(), ratings.ofTicket(t.id, WindowFixture.TALENT).get(1).recordedBy);
    }

    @Test
    public void theTalentOfficeVoidsAMistakenRatingWithTheReasonKept() throws Exception {
        Ticket t = resolved();
        Rating bad = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.VERY_DISSATISFIED),
                WindowFixture.TALENT);
        refused(() -> ratings.voidRating(bad.id, "误评", WindowFixture.WINDOW), "ROLE_REQUIRED");
        Rating voided = ratings.voidRating(bad.id, "人才误选评价等级，经核实撤销", WindowFixture.SUPERVISOR);
        assertTrue(voided.voided);
        assertEquals("supervisor1", voided.voidedBy);
        assertEquals(RectificationStatus.VOIDED, voided.rectification.status);
        refused(() -> ratings.voidRating(bad.id, "again", WindowFixture.SUPERVISOR), "RATING_ALREADY_VOIDED");
        // Voided ratings stay on record; a new one may be given.
        Rating fresh = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT);
        assertFalse(fresh.voided);
        assertEquals(2, f.db.count("RATING"));
    }

    private boolean told(Actor who, String text) {
        return f.inbox.list(who, true, 0, 50).items.stream().anyMatch(n -> n.textZh.contains(text));
    }

    private static TransitionInput rejection() {
        TransitionInput reason = new TransitionInput();
        reason.comment = "不符合申请条件";
        return reason;
    }

    /** The talent's complaint about the window's rejection, called back and put right by the window itself. */
    private Rectification rectifiedComplaintAboutTheWindow(Ticket rejected) {
        Rectification r = ratings.rate(rejected.id, rating(RatingStage.ACCEPTANCE, RatingLevel.DISSATISFIED),
                WindowFixture.TALENT).rectification;
        assertNull(r.unit);
        ratings.callBack(r.id, "已回访", WindowFixture.WINDOW);
        ratings.rectify(r.id, "已重新解释政策", WindowFixture.WINDOW);
        return r;
    }

    /** A rectification of a unit's work, called back and rectified, waiting for its re-rating. */
    private Rectification rectified(Ticket t) {
        Rectification r = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED),
                WindowFixture.TALENT).rectification;
        ratings.callBack(r.id, "电话回访，情况属实", WindowFixture.WINDOW);
        return ratings.rectify(r.id, "已重新安排学校", WindowFixture.EDUCATION);
    }

    /**
     * Art.8: once the bad rating a rectification answered is voided (a mistaken entry), the
     * rectification's account is closed: nobody re-rates it any more.
     */
    @Test
    public void aRectificationWhoseBadRatingWasVoidedTakesNoReRating() throws Exception {
        Rectification r = rectified(resolved());
        ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.WINDOW);
        ratings.voidRating(r.ratingId, "录入错误，经核实撤销", WindowFixture.SUPERVISOR);
        long before = f.db.count("RATING");
        refused(() -> ratings.reRate(r.id, rating(null, RatingLevel.VERY_DISSATISFIED), WindowFixture.TALENT),
                "RECTIFICATION_RATING_VOIDED");
        assertEquals("nothing written", before, f.db.count("RATING"));
    }

    /**
     * Art.7/Art.8 好差评: a complaint about the window (rated at acceptance) is not closed by the
     * window's own re-rating; only the talent rates how the window put it right.
     */
    @Test
    public void theWindowDoesNotReRateTheRectificationOfAComplaintAboutItself() throws Exception {
        Ticket rejected = f.window.transition(f.submitOnline().id, TicketAction.REJECT, rejection(), WindowFixture.WINDOW);
        Rectification r = rectifiedComplaintAboutTheWindow(rejected);
        long before = f.db.count("RATING");
        refused(() -> ratings.reRate(r.id, rating(null, RatingLevel.VERY_SATISFIED), WindowFixture.WINDOW),
                "RERATE_BY_TALENT");
        assertEquals("nothing written", before, f.db.count("RATING"));
        Rating own = ratings.reRate(r.id, rating(null, RatingLevel.VERY_DISSATISFIED), WindowFixture.TALENT);
        assertEquals("talent1", own.recordedBy);
        assertTrue(told(WindowFixture.SUPERVISOR, "人才已对申请 " + rejected.number + "（"));
        assertTrue(told(WindowFixture.SUPERVISOR, "非常不满意"));
    }

    /**
     * Art.8: a complaint about the window, from a talent who is not online, is not left waiting:
     * the talent office (not the window) is told it was rectified and records the talent's
     * re-rating given by phone; the talent's own word would still replace it.
     */
    @Test
    public void theTalentOfficeRecordsTheReRatingOfAComplaintAboutTheWindow() throws Exception {
        Ticket rejected = f.window.transition(f.submitOnline().id, TicketAction.REJECT, rejection(), WindowFixture.WINDOW);
        Rectification r = rectifiedComplaintAboutTheWindow(rejected);
        assertTrue(told(WindowFixture.SUPERVISOR, "请市人才办代为录入"));
        Rating byOffice = ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.SUPERVISOR);
        assertEquals("supervisor1", byOffice.recordedBy);
        assertTrue(told(WindowFixture.WINDOW, "市人才办（代人才）已对申请 " + rejected.number));
        Rating own = ratings.reRate(r.id, rating(null, RatingLevel.BASICALLY_SATISFIED), WindowFixture.TALENT);
        assertTrue(ratings.ofTicket(rejected.id, WindowFixture.SUPERVISOR).stream()
                .anyMatch(x -> x.id.equals(byOffice.id) && x.voided));
        assertFalse(own.voided);
        // A unit's rectification is the window's to record, not the office's.
        Rectification unit = rectified(resolved());
        long before = f.db.count("RATING");
        refused(() -> ratings.reRate(unit.id, rating(null, RatingLevel.SATISFIED), WindowFixture.SUPERVISOR),
                "RERATE_BY_WINDOW");
        assertEquals("nothing written", before, f.db.count("RATING"));
    }

    /**
     * Each is told their part of a bad rating: the window to call back (and that the unit then
     * rectifies), the unit to rectify once verified, the talent office to supervise; the talent
     * is told of a rating the window recorded in their name, which their own would replace.
     */
    @Test
    public void aBadRatingTellsEachTheirPartAndTheTalentWhatWasRecordedForThem() throws Exception {
        Ticket t = resolved();
        ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED), WindowFixture.WINDOW);
        assertTrue(told(WindowFixture.WINDOW, "请回访核实；核实后由连云港市教育局于"));
        assertTrue(told(WindowFixture.EDUCATION, "一站式窗口回访核实后，请于"));
        assertTrue(told(WindowFixture.SUPERVISOR, "已转入整改：由连云港市教育局于"));
        assertFalse("the office is not told to rectify", told(WindowFixture.SUPERVISOR, "请回访核实"));
        assertTrue(told(WindowFixture.TALENT, "一站式窗口已代您对申请 " + t.number));
        assertTrue(told(WindowFixture.TALENT, "不满意。如与您的意见不符"));
        // Replaced by a good rating of their own: whoever was to rectify, and the office, are told it is withdrawn.
        ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT);
        assertTrue(told(WindowFixture.EDUCATION, "差评整改已撤销"));
        assertTrue(told(WindowFixture.SUPERVISOR, "差评整改已撤销"));
    }

    /**
     * The talent confirming, in their own rating, a bad rating the window recorded for them keeps
     * its rectification going: same item, same deadline, the steps done so far kept.
     */
    @Test
    public void theTalentConfirmingABadRatingTheWindowRecordedKeepsItsRectification() throws Exception {
        Ticket t = resolved();
        Rectification recorded = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED),
                WindowFixture.WINDOW).rectification;
        ratings.callBack(recorded.id, "已回访核实", WindowFixture.WINDOW);
        f.now(2025, 9, 24, 9, 0);
        Rating own = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.VERY_DISSATISFIED), WindowFixture.TALENT);
        assertEquals(recorded.id, own.rectification.id);
        assertEquals(RectificationStatus.CALLED_BACK, own.rectification.status);
        assertEquals(recorded.dueAt, own.rectification.dueAt);
        assertEquals(own.id, own.rectification.ratingId);
        assertEquals(1, f.db.count("RECTIFICATION"));
        assertTrue(told(WindowFixture.EDUCATION, "人才本人确认了差评（非常不满意）"));
        assertFalse("the unit is not told its rectification was withdrawn", told(WindowFixture.EDUCATION, "已撤销"));
        // A good rating of their own withdraws it, as before.
        Ticket other = resolved();
        Rectification second = ratings.rate(other.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED),
                WindowFixture.WINDOW).rectification;
        Rating good = ratings.rate(other.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT);
        assertNull(good.rectification);
        assertEquals(RectificationStatus.VOIDED, ratings.rectification(second.id, WindowFixture.WINDOW).status);
    }

    /** As for first ratings: the talent's own re-rating replaces one the window recorded for them, which is kept. */
    @Test
    public void theTalentsOwnReRatingReplacesTheOneTheWindowRecorded() throws Exception {
        Rectification r = rectified(resolved());
        Rating byPhone = ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.WINDOW);
        assertTrue(told(WindowFixture.SUPERVISOR, "一站式窗口（代人才）已对申请"));
        refused(() -> ratings.reRate(r.id, rating(null, RatingLevel.VERY_SATISFIED), WindowFixture.WINDOW),
                "RECTIFICATION_NOT_ALLOWED");
        Rating own = ratings.reRate(r.id, rating(null, RatingLevel.DISSATISFIED), WindowFixture.TALENT);
        assertTrue("the unit learns how its rectification was judged", told(WindowFixture.EDUCATION, "的整改作出复评：不满意"));
        List<Rating> all = ratings.ofTicket(r.ticketId, WindowFixture.SUPERVISOR);
        Rating replaced = all.stream().filter(x -> x.id.equals(byPhone.id)).findFirst().orElseThrow();
        assertTrue(replaced.voided);
        assertEquals("talent1", replaced.voidedBy);
        assertFalse(all.stream().filter(x -> x.id.equals(own.id)).findFirst().orElseThrow().voided);
        // The talent's own word stands: neither they nor the window re-rate it again.
        refused(() -> ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.TALENT),
                "RECTIFICATION_NOT_ALLOWED");
        refused(() -> ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.WINDOW),
                "RECTIFICATION_NOT_ALLOWED");
    }

    /** Art.8 appeal: a voided re-rating leaves the rectification to be re-rated anew. */
    @Test
    public void aVoidedReRatingLetsTheTalentReRateAgain() throws Exception {
        Rectification r = rectified(resolved());
        Rating mistaken = ratings.reRate(r.id, rating(null, RatingLevel.VERY_DISSATISFIED), WindowFixture.TALENT);
        ratings.voidRating(mistaken.id, "人才误选等级，经核实作废", WindowFixture.SUPERVISOR);
        assertTrue("the talent is told why", told(WindowFixture.TALENT, "经核实作废"));
        assertEquals(RectificationStatus.RECTIFIED, ratings.ofTicket(r.ticketId, WindowFixture.TALENT).stream()
                .filter(x -> x.rectification != null).findFirst().orElseThrow().rectification.status);
        assertNull("it points at no re-rating until a new one", ratings.rectification(r.id, WindowFixture.WINDOW).reRatingId);
        assertTrue("the unit hears its rectification waits for a new re-rating",
                told(WindowFixture.EDUCATION, "复评已由人才办作废，待人才重新复评。原因：人才误选等级，经核实作废"));
        Rating again = ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.TALENT);
        assertFalse(again.voided);
        // The voided re-rating still names the complaint it judged.
        assertEquals(r.id, ratings.ofTicket(r.ticketId, WindowFixture.SUPERVISOR).stream()
                .filter(x -> x.id.equals(mistaken.id)).findFirst().orElseThrow().rectificationId);
    }

    /**
     * Art.8 appeal: a rating voided as malicious settles its stage, so the same talent cannot undo
     * the appeal by rating again at once; other stages stay open.
     */
    @Test
    public void aRatingVoidedAsMaliciousClosesItsStage() throws Exception {
        Ticket t = resolved();
        Rating bad = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.VERY_DISSATISFIED), WindowFixture.TALENT);
        Rating voided = ratings.voidRating(bad.id, "经核实为恶意差评", true, WindowFixture.SUPERVISOR);
        assertTrue(voided.voidedAsMalicious);
        assertEquals(RectificationStatus.VOIDED, voided.rectification.status);
        long before = f.db.count("RATING");
        Refusal again = refused(() -> ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED),
                WindowFixture.TALENT), "RATING_CLOSED_ON_APPEAL");
        assertTrue(again.messageZh(), again.messageZh().contains("认定该环节的一条评价为恶意评价"));
        refused(() -> ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.WINDOW),
                "RATING_CLOSED_ON_APPEAL");
        assertEquals(before, f.db.count("RATING"));
        assertFalse(ratings.rate(t.id, rating(RatingStage.ACCEPTANCE, RatingLevel.SATISFIED), WindowFixture.TALENT).voided);
        // A malicious re-rating closes its rectification's re-rating the same way.
        Ticket other = resolved();
        Rectification r = rectified(other);
        Rating reRated = ratings.reRate(r.id, rating(null, RatingLevel.VERY_DISSATISFIED), WindowFixture.TALENT);
        ratings.voidRating(reRated.id, "经核实为恶意复评", true, WindowFixture.SUPERVISOR);
        refused(() -> ratings.reRate(r.id, rating(null, RatingLevel.DISSATISFIED), WindowFixture.TALENT),
                "RATING_CLOSED_ON_APPEAL");
        // Its rectification is settled, not left waiting for a re-rating nobody may give: it stays
        // re-rated, pointing at the voided re-rating, and leaves the lists of items waiting.
        Rectification settled = ratings.rectification(r.id, WindowFixture.WINDOW);
        assertEquals(RectificationStatus.RE_RATED, settled.status);
        assertEquals(reRated.id, settled.reRatingId);
        RectificationQuery waiting = new RectificationQuery();
        waiting.status = RectificationStatus.RECTIFIED;
        assertTrue(ratings.rectifications(waiting, WindowFixture.WINDOW).items.stream().noneMatch(x -> x.id.equals(r.id)));
        // The unit that rectified and the talent office hear of it, with the reason.
        assertTrue(told(WindowFixture.EDUCATION, "复评已由人才办作废，不再复评，整改到此办结。原因：经核实为恶意复评"));
        assertTrue(told(WindowFixture.SUPERVISOR, "整改到此办结"));
    }

    /**
     * Art.8 appeal: the bad rating voided after its rectification was re-rated, then the re-rating
     * voided as mistaken: no re-rating may follow (RECTIFICATION_RATING_VOIDED), so the
     * rectification is settled, not left waiting for one.
     */
    @Test
    public void aReRatingVoidedAfterItsBadRatingSettlesTheRectification() throws Exception {
        Rectification r = rectified(resolved());
        Rating reRated = ratings.reRate(r.id, rating(null, RatingLevel.DISSATISFIED), WindowFixture.TALENT);
        ratings.voidRating(r.ratingId, "差评系误录", WindowFixture.SUPERVISOR);
        assertEquals(RectificationStatus.RE_RATED, ratings.rectification(r.id, WindowFixture.WINDOW).status);
        ratings.voidRating(reRated.id, "复评系误录", WindowFixture.SUPERVISOR);
        Rectification settled = ratings.rectification(r.id, WindowFixture.WINDOW);
        assertEquals(RectificationStatus.RE_RATED, settled.status);
        assertEquals(reRated.id, settled.reRatingId);
        assertTrue(told(WindowFixture.EDUCATION, "不再复评，整改到此办结。原因：复评系误录"));
        refused(() -> ratings.reRate(r.id, rating(null, RatingLevel.SATISFIED), WindowFixture.TALENT),
                "RECTIFICATION_RATING_VOIDED");
    }

    /** Art.8 appeal: the talent, the window and the unit that was to rectify hear of a voided rating. */
    @Test
    public void aVoidedRatingIsToldToTheTalentTheWindowAndTheUnit() throws Exception {
        Ticket t = resolved();
        Rating bad = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.VERY_DISSATISFIED),
                WindowFixture.TALENT);
        ratings.callBack(bad.rectification.id, "已回访", WindowFixture.WINDOW);
        ratings.voidRating(bad.id, "恶意差评，经核实作废", WindowFixture.SUPERVISOR);
        assertTrue(told(WindowFixture.TALENT, "恶意差评，经核实作废"));
        assertTrue(told(WindowFixture.WINDOW, "恶意差评，经核实作废"));
        assertTrue(told(WindowFixture.EDUCATION, "整改撤销，无需继续整改。原因：恶意差评，经核实作废"));
        refused(() -> ratings.rectify(bad.rectification.id, "已整改", WindowFixture.EDUCATION),
                "RECTIFICATION_NOT_ALLOWED");
    }

    /** A step of someone else's is refused as such before its state is looked at, as for tickets. */
    @Test
    public void theWrongPartyIsRefusedBeforeTheState() throws Exception {
        Ticket t = resolved();
        Rectification r = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED),
                WindowFixture.TALENT).rectification;
        refused(() -> ratings.rectify(r.id, "已整改", WindowFixture.WINDOW), "RECTIFICATION_FORBIDDEN");
        try {
            ratings.reRate(r.id, rating(RatingStage.COMPLETION, RatingLevel.SATISFIED), WindowFixture.TALENT);
            fail("a stage with a re-rating");
        } catch (Refusal e) {
            assertEquals("复评时不需要填写此项，请删去。", e.fieldErrors().get(0).messageZh);
        }
    }

    /**
     * Staff find what waits on them: the window the complaints to call back, a unit its own to
     * rectify, soonest due first, with the ticket's number; a talent only their own, one at a time.
     */
    @Test
    public void staffListTheRectificationsWaitingOnThem() throws Exception {
        Ticket t = resolved();
        Rectification r = ratings.rate(t.id, rating(RatingStage.COMPLETION, RatingLevel.DISSATISFIED),
                WindowFixture.TALENT).rectification;
        assertEquals(t.number, r.ticketNumber);
        RectificationQuery open = new RectificationQuery();
        open.status = RectificationStatus.OPEN;
        Page<Rectification> toCallBack = ratings.rectifications(open, WindowFixture.WINDOW);
        assertEquals(1, toCallBack.total);
        assertEquals(r.id, toCallBack.items.get(0).id);
        assertEquals(t.number, toCallBack.items.get(0).ticketNumber);
        assertEquals(1, ratings.rectifications(null, WindowFixture.EDUCATION).total);
        assertEquals(0, ratings.rectifications(null, WindowFixture.HEALTH).total);
        RectificationQuery late = new RectificationQuery();
        late.overdue = true;
        assertEquals(0, ratings.rectifications(late, WindowFixture.SUPERVISOR).total);
        f.now(2025, 9, 29, 9, 0); // past the due time (Sun 09-28 17:30)
        assertEquals(1, ratings.rectifications(late, WindowFixture.SUPERVISOR).total);
        late.overdue = false;
        assertEquals(0, ratings.rectifications(late, WindowFixture.SUPERVISOR).total);
        refused(() -> ratings.rectifications(null, WindowFixture.TALENT), "ROLE_REQUIRED");
        RectificationQuery tooMany = new RectificationQuery();
        tooMany.limit = 1000;
        refused(() -> ratings.rectifications(tooMany, WindowFixture.WINDOW), "QUERY_INVALID");
        // A misspelt unit is named, not answered with an empty list that reads as "nothing to do".
        RectificationQuery misspelt = new RectificationQuery();
        misspelt.unit = "EDUCATON";
        refused(() -> ratings.rectifications(misspelt, WindowFixture.WINDOW), "QUERY_INVALID");
        misspelt.unit = "EDUCATION";
        assertEquals(1, ratings.rectifications(misspelt, WindowFixture.WINDOW).total);

        assertEquals(RectificationStatus.OPEN, ratings.rectification(r.id, WindowFixture.TALENT).status);
        assertEquals(t.number, ratings.rectification(r.id, WindowFixture.EDUCATION).ticketNumber);
        refused(() -> ratings.rectification(r.id, WindowFixture.HEALTH), "RECTIFICATION_NOT_FOUND");
        f.talent("talent3", 65, TalentClass.A);
        refused(() -> ratings.rectification(r.id, WindowFixture.actor("talent3", null, Role.TALENT)),
                "RECTIFICATION_NOT_FOUND");
        refused(() -> ratings.rectification("no-such-id", WindowFixture.WINDOW), "RECTIFICATION_NOT_FOUND");
        // What no longer waits on anyone is listed only when asked for by its status.
        ratings.voidRating(ratings.ofTicket(t.id, WindowFixture.SUPERVISOR).get(0).id, "误评", WindowFixture.SUPERVISOR);
        assertEquals(0, ratings.rectifications(null, WindowFixture.WINDOW).total);
        RectificationQuery voided = new RectificationQuery();
        voided.status = RectificationStatus.VOIDED;
        assertEquals(1, ratings.rectifications(voided, WindowFixture.WINDOW).total);
    }
}
