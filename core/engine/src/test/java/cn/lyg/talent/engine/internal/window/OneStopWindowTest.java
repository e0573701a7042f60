package cn.lyg.talent.engine.internal.window;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.aries.jpa.template.TransactionType;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.window.FollowUpMethod;
import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.StepStatus;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketEvent;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TicketQuery;
import cn.lyg.talent.api.window.TicketSort;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.api.window.TicketSummary;
import cn.lyg.talent.api.window.TicketStep;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.MutableClock;
import cn.lyg.talent.engine.internal.TestDatabase;
import cn.lyg.talent.engine.internal.registry.TalentRegistryImpl;
import cn.lyg.talent.engine.internal.registry.TalentRegistryTest;
import cn.lyg.talent.engine.internal.store.RowLocks;

/** The ticket lifecycle and its Art.7 deadlines on the official calendar, with time travel. */
public class OneStopWindowTest {
    static final ZoneId ZONE = WindowFixture.ZONE;
    static final Actor WINDOW = WindowFixture.WINDOW;
    static final Actor WINDOW2 = WindowFixture.actor("window2", null, Role.WINDOW);
    static final Actor EDUCATION = WindowFixture.EDUCATION;
    static final Actor HEALTH = WindowFixture.HEALTH;
    static final Actor TALENT = WindowFixture.TALENT;

    private WindowFixture f;
    private TestDatabase db;
    private MutableClock clock;
    private TalentRegistryImpl registry;
    private OneStopWindowImpl window;

    @Before
    public void setUp() throws Exception {
        f = new WindowFixture();
        db = f.db;
        clock = f.clock;
        registry = f.registry;
        window = f.window;
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    static WindowConfiguration config(int followUpDays) {
        return new WindowConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WindowConfiguration.class;
            }

            @Override
            public int followUpWorkingDays() {
                return followUpDays;
            }

            @Override
            public int delayFirstContactWorkingDays() {
                // A jurisdiction's own setting (default 2), long enough to reach past a completion's due time.
                return 3;
            }

            @Override
            public int delayCompletionWorkingDays() {
                return 10;
            }
        };
    }

    private String highLevelTalent(String account, int n, TalentClass cls) {
        return f.talent(account, n, cls);
    }

    private Ticket submitOnline() {
        return f.submitOnline();
    }

    private Ticket act(Ticket t, TicketAction action, Actor actor) {
        return act(t, action, actor, new TransitionInput());
    }

    private Ticket act(Ticket t, TicketAction action, Actor actor, TransitionInput in) {
        return window.transition(t.id, action, in, actor);
    }

    private static TransitionInput unit(String code) {
        TransitionInput in = new TransitionInput();
        in.unit = code;
        return in;
    }

    private static TicketStep step(Ticket t, Step step) {
        TicketStep found = null;
        for (TicketStep s : t.steps) {
            if (s.step == step) {
                found = s;
            }
        }
        return found;
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ZONE).toInstant();
    }

    private void now(int y, int m, int d, int h, int min) {
        clock.set(LocalDateTime.of(y, m, d, h, min));
    }

    private static Refusal refused(Runnable call, Refusal.Kind kind, String code) {
        try {
            call.run();
        } catch (Refusal r) {
            assertEquals(r.code(), kind, r.kind());
            assertEquals(code, r.code());
            return r;
        }
        throw new AssertionError("refusal " + code + " expected");
    }

    @Test
    public void art7FullLifecycleWithEveryDeadlineAndAnAppendOnlyHistory() {
        Ticket t = submitOnline();
        assertEquals("320700-20250922-0001", t.number);
        assertEquals(TicketState.SUBMITTED, t.state);
        // Art.7: dispatch within 1 working day of submission: Tuesday 17:30.
        assertEquals(at(2025, 9, 23, 17, 30), t.nextDueAt);
        t = act(t, TicketAction.ACCEPT, WINDOW);
        now(2025, 9, 23, 9, 0);
        t = act(t, TicketAction.DISPATCH, WINDOW, unit("EDUCATION"));
        assertEquals(TicketState.DISPATCHED, t.state);
        assertEquals(StepStatus.ON_TIME, step(t, Step.DISPATCH).status);
        // Art.7: first contact within 1 working day of dispatch, completion within 3.
        assertEquals(at(2025, 9, 24, 17, 30), step(t, Step.FIRST_CONTACT).dueAt);
        assertEquals(at(2025, 9, 26, 17, 30), step(t, Step.COMPLETION).dueAt);
        // Each step says its allowance and what is left of it in working days (Art.7): on Tue 09-23
        // the first contact is due tomorrow, the completion on Friday.
        assertEquals(Integer.valueOf(1), step(t, Step.DISPATCH).workingDays);
        assertNull("a done step has nothing left", step(t, Step.DISPATCH).workingDaysLeft);
        assertEquals(Integer.valueOf(1), step(t, Step.FIRST_CONTACT).workingDays);
        assertEquals(Integer.valueOf(1), step(t, Step.FIRST_CONTACT).workingDaysLeft);
        assertEquals(Integer.valueOf(3), step(t, Step.COMPLETION).workingDays);
        assertEquals(Integer.valueOf(3), step(t, Step.COMPLETION).workingDaysLeft);
        now(2025, 9, 23, 15, 0);
        t = act(t, TicketAction.CONTACT, EDUCATION);
        now(2025, 9, 25, 11, 0);
        TransitionInput reply = new TransitionInput();
        reply.reply = "已安排就近入学";
        t = act(t, TicketAction.RESOLVE, EDUCATION, reply);
        assertEquals(TicketState.RESOLVED, t.state);
        assertEquals("已安排就近入学", t.reply);
        // Follow-up within 5 working days of resolution (Thu 09-25): Fri 09-26, Sun 09-28 (make-up
        // day), Mon 09-29, Tue 09-30, then the National Day block, then Thu 10-09.
        assertEquals(at(2025, 10, 9, 17, 30), step(t, Step.FOLLOW_UP).dueAt);
        assertEquals(Integer.valueOf(5), step(t, Step.FOLLOW_UP).workingDays);
        // From Thu 09-25: Fri 09-26, Sun 09-28 (make-up day), Mon 09-29, Tue 09-30, Thu 10-09.
        assertEquals(Integer.valueOf(5), step(t, Step.FOLLOW_UP).workingDaysLeft);
        refused(() -> window.transition(submitOnline().id, TicketAction.CLOSE, null, WINDOW), Refusal.Kind.CONFLICT,
                "TRANSITION_NOT_ALLOWED");
        Ticket resolved = t;
        refused(() -> act(resolved, TicketAction.CLOSE, WINDOW), Refusal.Kind.CONFLICT, "FOLLOW_UP_FIRST");
        TransitionInput visit = new TransitionInput();
        visit.followUpMethod = FollowUpMethod.PHONE;
        visit.comment = "满意";
        t = act(t, TicketAction.FOLLOW_UP, WINDOW, visit);
        // The method in both languages; a person's own words are kept as written.
        TicketEvent followed = t.history.get(t.history.size() - 1);
        assertTrue(followed.comment, followed.comment.startsWith(Names.zh(visit.followUpMethod)));
        assertTrue(followed.commentEn, followed.commentEn.startsWith(Names.en(visit.followUpMethod)));
        assertNull(t.history.get(0).commentEn);
        Ticket followedUp = t;
        refused(() -> act(followedUp, TicketAction.FOLLOW_UP, WINDOW, visit), Refusal.Kind.CONFLICT, "FOLLOW_UP_DONE");
        t = act(t, TicketAction.CLOSE, WINDOW);
        assertEquals(TicketState.CLOSED, t.state);
        assertNull(t.nextDueAt);
        assertEquals(List.of(TicketAction.SUBMIT, TicketAction.ACCEPT, TicketAction.DISPATCH, TicketAction.CONTACT,
                TicketAction.RESOLVE, TicketAction.FOLLOW_UP, TicketAction.CLOSE),
                t.history.stream().map(e -> e.action).toList());
        assertEquals(List.of("talent1", "window1", "window1", "dept_edu", "dept_edu", "window1", "window1"),
                t.history.stream().map(e -> e.actor).toList());
        assertEquals(Step.DISPATCH, t.history.get(2).step);
        assertEquals(at(2025, 9, 23, 17, 30), t.history.get(2).dueAt);
        assertEquals(TicketState.ACCEPTED, t.history.get(2).fromState);
    }

    /**
     * A decision taken on a stale screen (two clerks, or a talent's second tap) is refused, and
     * the refusal names the field and both versions, so a client knows to reload rather than to
     * guess what was wrong with its request; a version no ticket ever has (-1) is refused alike.
     */
    @Test
    public void aTransitionOnAStaleVersionNamesTheVersionSentAndTheCurrentOne() throws Exception {
        Ticket t = submitOnline();
        Ticket accepted = act(t, TicketAction.ACCEPT, WINDOW);
        Map<String, Long> before = db.snapshot();
        for (long sent : new long[] {t.version, -1}) {
            TransitionInput in = unit("EDUCATION");
            in.version = sent;
            Refusal r = refused(() -> act(t, TicketAction.DISPATCH, WINDOW, in), Refusal.Kind.CONFLICT, "STALE_VERSION");
            assertEquals(1, r.fieldErrors().size());
            assertEquals("version", r.fieldErrors().get(0).field);
            assertEquals("VERSION_NOW", r.fieldErrors().get(0).code);
            assertTrue(r.fieldErrors().get(0).messageEn,
                    r.fieldErrors().get(0).messageEn.contains("now at version " + accepted.version + "; you sent " + sent));
            assertTrue(r.fieldErrors().get(0).messageZh, r.fieldErrors().get(0).messageZh.contains(String.valueOf(sent)));
        }
        assertEquals(before, db.snapshot());
        TransitionInput current = unit("EDUCATION");
        current.version = accepted.version;
        assertEquals(TicketState.DISPATCHED, act(t, TicketAction.DISPATCH, WINDOW, current).state);
    }

    /**
     * Art.7: a handler works by due time. Sorted by due time, the ticket whose open step is due
     * soonest comes first whatever its age (of two due together, the one waiting longer), and
     * tickets with nothing open (closed, or waiting on the talent) come last; the default stays
     * newest first.
     */
    @Test
    public void art7TicketsListedBySoonestDueTime() {
        Ticket first = submitOnline(); // Mon 2025-09-22 10:00: dispatch due Tue 09-23 17:30
        now(2025, 9, 22, 11, 0);
        Ticket second = submitOnline();
        Ticket dispatched = act(act(second, TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW, unit("EDUCATION"));
        TransitionInput delay = new TransitionInput();
        delay.step = Step.FIRST_CONTACT;
        delay.comment = "需核对材料";
        delay.promisedDate = LocalDate.of(2025, 9, 24);
        act(dispatched, TicketAction.FILE_DELAY, EDUCATION, delay); // first contact due Wed 09-24 17:30
        now(2025, 9, 22, 12, 0);
        Ticket third = submitOnline(); // dispatch due Tue 09-23 17:30, like the first
        TransitionInput withdraw = new TransitionInput();
        withdraw.comment = "不需要了";
        now(2025, 9, 22, 13, 0);
        Ticket fourth = act(submitOnline(), TicketAction.WITHDRAW, TALENT, withdraw);
        TicketQuery byDue = new TicketQuery();
        byDue.sort = TicketSort.DUE;
        assertEquals(List.of(first.number, third.number, second.number, fourth.number),
                window.find(byDue, WINDOW).items.stream().map(s -> s.number).toList());
        assertEquals(List.of(fourth.number, third.number, second.number, first.number),
                window.find(new TicketQuery(), WINDOW).items.stream().map(s -> s.number).toList());
        // Paged and filtered as before.
        byDue.limit = 2;
        byDue.offset = 1;
        Page<TicketSummary> page = window.find(byDue, WINDOW);
        assertEquals(4, page.total);
        assertEquals(List.of(third.number, second.number), page.items.stream().map(s -> s.number).toList());
        byDue.offset = 0;
        byDue.state = TicketState.DISPATCHED;
        assertEquals(List.of(second.number), window.find(byDue, WINDOW).items.stream().map(s -> s.number).toList());
        // A unit sorts its own tickets the same way, by its own open steps: one redirected away from
        // it is not its urgent work, though it still sees it; filters combine with the order.
        assertEquals(List.of(second.number), window.find(byDue, EDUCATION).items.stream().map(s -> s.number).toList());
        answersFor("HEALTH", "child-schooling");
        Ticket elsewhere = act(act(third, TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW, unit("EDUCATION"));
        TransitionInput redirect = unit("HEALTH");
        redirect.comment = "应由卫健委办理";
        act(elsewhere, TicketAction.REDIRECT, WINDOW, redirect);
        byDue.state = null;
        byDue.limit = 20;
        assertEquals(List.of(second.number, third.number),
                window.find(byDue, EDUCATION).items.stream().map(s -> s.number).toList());
        assertEquals(List.of(third.number), window.find(byDue, HEALTH).items.stream().map(s -> s.number).toList());
        now(2025, 9, 26, 9, 0);
        byDue.overdue = true;
        assertEquals(List.of(second.number, third.number),
                window.find(byDue, EDUCATION).items.stream().map(s -> s.number).toList());
    }

    @Test
    public void art7DeadlineCrossesTheNationalDayBlock() {
        now(2025, 9, 30, 10, 0);
        Ticket t = submitOnline();
        assertEquals(at(2025, 10, 9, 17, 30), t.nextDueAt);
    }

    @Test
    public void art7StepDoneAfterItsDueTimeIsLateAndAnUndoneOneIsOverdue() throws Exception {
        Ticket t = act(submitOnline(), TicketAction.ACCEPT, WINDOW);
        now(2025, 9, 24, 9, 0); // dispatch was due Tue 09-23 17:30
        t = act(t, TicketAction.DISPATCH, WINDOW, unit("EDUCATION"));
        assertEquals(StepStatus.LATE, step(t, Step.DISPATCH).status);
        assertTrue(t.history.get(t.history.size() - 1).late);
        // First contact due Thu 09-25 17:30; a minute later it is overdue.
        now(2025, 9, 25, 17, 31);
        Ticket read = window.get(t.id, WINDOW);
        assertEquals(StepStatus.OVERDUE, step(read, Step.FIRST_CONTACT).status);
        TicketQuery overdue = new TicketQuery();
        overdue.overdue = true;
        assertEquals(1, window.find(overdue, WINDOW).total);
        overdue.overdue = false;
        assertEquals(0, window.find(overdue, WINDOW).total);
    }

    @Test
    public void art7DelayFiledInTimeMovesTheDueTimeAndIsReportedApart() throws Exception {
        Ticket t = act(act(submitOnline(), TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW,
                unit("EDUCATION"));
        t = act(t, TicketAction.CONTACT, EDUCATION);
        TransitionInput delay = new TransitionInput();
        delay.step = Step.COMPLETION;
        delay.comment = "需学校补充学位信息";
        delay.promisedDate = LocalDate.of(2025, 9, 30);
        now(2025, 9, 25, 16, 0);
        t = act(t, TicketAction.FILE_DELAY, EDUCATION, delay);
        TicketStep completion = step(t, Step.COMPLETION);
        assertEquals(at(2025, 9, 30, 17, 30), completion.dueAt);
        // The talent reads which step moved, not just that something did.
        assertTrue(f.inbox.list(WindowFixture.TALENT, true, 0, 50).items.stream()
                .anyMatch(n -> n.textZh.contains("的办结环节报备延期（承诺日期 2025-09-30）")));
        assertEquals(at(2025, 9, 25, 17, 30), completion.originalDueAt);
        assertEquals(TicketState.CONTACTED, t.state);
        now(2025, 9, 29, 10, 0);
        TransitionInput reply = new TransitionInput();
        reply.reply = "已安排";
        t = act(t, TicketAction.RESOLVE, EDUCATION, reply);
        assertEquals(StepStatus.ON_TIME_WITH_DELAY, step(t, Step.COMPLETION).status);
        Map<String, Long> before = db.snapshot();
        long events = db.count("TICKET_EVENT");
        Ticket again = t;
        refused(() -> act(again, TicketAction.FILE_DELAY, EDUCATION, delay), Refusal.Kind.CONFLICT,
                "TRANSITION_NOT_ALLOWED");
        assertEquals(before, db.snapshot());
        assertEquals(events, db.count("TICKET_EVENT"));
    }

    /**
     * Art.7: a step done by its first due time is on time, even with a delay filed for it: the
     * unit did not need the delay, and reports do not count it among the delayed.
     */
    @Test
    public void art7AStepDoneBeforeItsFirstDueTimeIsOnTimeThoughADelayWasFiled() throws Exception {
        Ticket t = act(act(submitOnline(), TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW,
                unit("EDUCATION"));
        // Dispatched Mon 09-22 10:00: first contact due Tue 09-23 17:30.
        TransitionInput delay = new TransitionInput();
        delay.step = Step.FIRST_CONTACT;
        delay.comment = "人才出差";
        delay.promisedDate = LocalDate.of(2025, 9, 24);
        t = act(t, TicketAction.FILE_DELAY, EDUCATION, delay);
        now(2025, 9, 23, 11, 0);
        t = act(t, TicketAction.CONTACT, EDUCATION);
        assertEquals(StepStatus.ON_TIME, step(t, Step.FIRST_CONTACT).status);
        assertEquals(at(2025, 9, 24, 17, 30), step(t, Step.FIRST_CONTACT).dueAt);
    }

    /**
     * Art.7: first contact comes before completion, so a first contact cannot be promised after
     * the completion is due; once completion has its own delay, up to that date it can.
     */
    @Test
    public void art7AFirstContactIsNotPromisedAfterTheCompletionIsDue() throws Exception {
        Ticket t = act(act(submitOnline(), TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW,
                unit("EDUCATION"));
        // Dispatched Mon 09-22 10:00: first contact due Tue 09-23, completion Thu 09-25 17:30.
        TransitionInput contact = new TransitionInput();
        contact.step = Step.FIRST_CONTACT;
        contact.comment = "人才出差，约定下周联系";
        contact.promisedDate = LocalDate.of(2025, 9, 26);
        Map<String, Long> before = db.snapshot();
        Ticket dispatched = t;
        Refusal r = refused(() -> act(dispatched, TicketAction.FILE_DELAY, EDUCATION, contact), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals("promisedDate", r.fieldErrors().get(0).field);
        assertEquals("AFTER_COMPLETION_DUE", r.fieldErrors().get(0).code);
        assertTrue(r.fieldErrors().get(0).messageZh, r.fieldErrors().get(0).messageZh.contains("2025-09-25 17:30"));
        assertEquals(before, db.snapshot());
        TransitionInput completion = new TransitionInput();
        completion.step = Step.COMPLETION;
        completion.comment = "人才出差";
        completion.promisedDate = LocalDate.of(2025, 9, 30);
        t = act(t, TicketAction.FILE_DELAY, EDUCATION, completion);
        t = act(t, TicketAction.FILE_DELAY, EDUCATION, contact);
        assertEquals(at(2025, 9, 26, 17, 30), step(t, Step.FIRST_CONTACT).dueAt);
    }

    /** Art.6: a talent whose login the window has not yet linked to a record is told to go there. */
    @Test
    public void aTalentLoginWithoutARecordIsToldToHaveItLinked() throws Exception {
        long tickets = db.count("TICKET");
        TicketInput in = new TicketInput();
        in.serviceCode = "child-schooling";
        in.description = "孩子九月转学入学";
        Actor unlinked = WindowFixture.actor("talent9", null, Role.TALENT);
        Refusal r = refused(() -> window.submit(in, unlinked), Refusal.Kind.FORBIDDEN, "ACCOUNT_NOT_LINKED");
        assertTrue(r.messageZh(), r.messageZh().startsWith("您的登录账号尚未关联人才档案，请到一站式窗口办理"));
        assertTrue(r.getMessage(), r.getMessage().contains("not yet linked to a talent record"));
        assertEquals(tickets, db.count("TICKET"));
    }

    @Test
    public void aTalentFilterNamingNoTalentIsRefusedNotAnsweredWithAnEmptyList() throws Exception {
        Ticket t = submitOnline();
        // A name typed for the id would list nothing, which reads as "this talent has no requests".
        TicketQuery nobody = new TicketQuery();
        nobody.talentId = "张三";
        nobody.unit = "EDUCATON";
        Refusal n = refused(() -> window.find(nobody, WINDOW), Refusal.Kind.INVALID, "QUERY_INVALID");
        // Every bad filter at once.
        assertEquals(List.of("unit:UNIT_UNKNOWN", "talentId:TALENT_UNKNOWN"),
                n.fieldErrors().stream().map(e -> e.field + ":" + e.code).toList());
        assertEquals("没有此编号的人才。", n.fieldErrors().get(1).messageZh);
        nobody.unit = null;
        nobody.talentId = " " + t.talentId + " ";
        assertEquals(1, window.find(nobody, WINDOW).total);
        // A window of another county does not see the city's talent: as unknown to it as a name.
        Actor donghai = new Actor("donghai_window", EnumSet.of(Role.WINDOW), "320722", null);
        refused(() -> window.find(nobody, donghai), Refusal.Kind.INVALID, "QUERY_INVALID");
        // A talent, or a unit, lists only its own tickets: an unknown id reads as another talent's
        // (an empty list), so that the answer does not tell which ids exist.
        nobody.talentId = "00000000-0000-0000-0000-000000000000";
        assertEquals(0, window.find(nobody, TALENT).total);
        assertEquals(0, window.find(nobody, EDUCATION).total);
    }

    @Test
    public void art7APromisedDateBeyondTheLongestDelayAYearOrAnyDateTheDatabaseCannotKeepIsRefused() throws Exception {
        Ticket t = act(act(submitOnline(), TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW,
                unit("EDUCATION"));
        TransitionInput delay = new TransitionInput();
        delay.step = Step.COMPLETION;
        delay.comment = "需协调";
        Map<String, Long> before = db.snapshot();
        long events = db.count("TICKET_EVENT");
        Ticket dispatched = t;
        // Dates no delay may promise are refused with the bound that applies to this step, not with
        // a range of a year from today that would send the handler to a date refused next.
        Map<LocalDate, String> refusedAs = Map.of(LocalDate.of(999_999_999, 12, 31), "DELAY_TOO_LONG",
                LocalDate.of(2026, 9, 23), "DELAY_TOO_LONG", LocalDate.of(2025, 9, 19), "PROMISED_NOT_LATER");
        for (Map.Entry<LocalDate, String> promised : refusedAs.entrySet()) {
            delay.promisedDate = promised.getKey();
            Refusal r = refused(() -> act(dispatched, TicketAction.FILE_DELAY, EDUCATION, delay),
                    Refusal.Kind.INVALID, "TRANSITION_INVALID");
            assertEquals("promisedDate", r.fieldErrors().get(0).field);
            assertEquals(promised.toString(), promised.getValue(), r.fieldErrors().get(0).code);
            assertTrue(r.fieldErrors().get(0).messageZh, r.fieldErrors().get(0).messageZh.contains(
                    promised.getValue().equals("DELAY_TOO_LONG") ? "2025-10-15" : "2025-09-25 17:30"));
        }
        assertEquals(before, db.snapshot());
        assertEquals(events, db.count("TICKET_EVENT"));
        Ticket read = window.get(t.id, WINDOW);
        assertEquals(at(2025, 9, 25, 17, 30), step(read, Step.COMPLETION).dueAt);
        // Within the year (the clock is at 2025-09-22) the jurisdiction's longest delay applies:
        // 10 working days beyond the completion's due time, Thu 2025-09-25. Counted over the
        // make-up Sunday 09-28, the National Day block 10-01..08 and the make-up Saturday 10-11,
        // the tenth is Wed 2025-10-15.
        delay.promisedDate = LocalDate.of(2025, 10, 16);
        Refusal tooLong = refused(() -> act(dispatched, TicketAction.FILE_DELAY, EDUCATION, delay),
                Refusal.Kind.INVALID, "TRANSITION_INVALID");
        assertEquals("promisedDate", tooLong.fieldErrors().get(0).field);
        assertEquals("DELAY_TOO_LONG", tooLong.fieldErrors().get(0).code);
        assertEquals("办结延期最多为原时限后10个工作日，即最晚2025-10-15。", tooLong.fieldErrors().get(0).messageZh);
        assertEquals("A delay of the completion may reach at most 10 working days beyond its due time: 2025-10-15 at the latest.",
                tooLong.fieldErrors().get(0).messageEn);
        assertEquals(before, db.snapshot());
        delay.promisedDate = LocalDate.of(2025, 10, 15);
        // The longest explanation the window takes is kept whole (Art.7: a filed explanation).
        delay.comment = "延".repeat(4000);
        Ticket delayed = act(t, TicketAction.FILE_DELAY, EDUCATION, delay);
        assertEquals(at(2025, 10, 15, 17, 30), step(delayed, Step.COMPLETION).dueAt);
        assertEquals(delay.comment, step(window.get(t.id, WINDOW), Step.COMPLETION).delayExplanation);
        // The history shortens the explanation, never the promised date it records.
        String filed = delayed.history.get(delayed.history.size() - 1).comment;
        assertEquals(4000, filed.length());
        assertTrue(filed, filed.endsWith("延… → 2025-10-15"));
        TicketQuery far = new TicketQuery();
        far.dueBefore = Instant.parse("+999999999-12-31T23:00:00Z");
        Refusal r = refused(() -> window.find(far, WINDOW), Refusal.Kind.INVALID, "QUERY_INVALID");
        assertEquals("dueBefore", r.fieldErrors().get(0).field);
        // A unit filter naming no unit is refused, not answered with an empty list (as on the console).
        TicketQuery nowhere = new TicketQuery();
        nowhere.unit = "EDUCATON";
        Refusal u = refused(() -> window.find(nowhere, WINDOW), Refusal.Kind.INVALID, "QUERY_INVALID");
        assertEquals("unit:UNIT_UNKNOWN", u.fieldErrors().get(0).field + ":" + u.fieldErrors().get(0).code);
        // A code in any case, as codes are taken elsewhere.
        nowhere.unit = " education ";
        assertEquals(1, window.find(nowhere, WINDOW).total);
    }

    @Test
    public void art7AStepDueTodayHasNoWorkingDayLeftAndAnOverdueOneCountsThoseItMissed() {
        Ticket t = submitOnline(); // Mon 2025-09-22 10:00, dispatch due Tue 09-23 17:30
        now(2025, 9, 23, 9, 0);
        assertEquals(Integer.valueOf(0), step(window.get(t.id, WINDOW), Step.DISPATCH).workingDaysLeft);
        // Fri 09-26: overdue since Tuesday by Wednesday, Thursday and Friday.
        now(2025, 9, 26, 9, 0);
        TicketStep late = step(window.get(t.id, WINDOW), Step.DISPATCH);
        assertEquals(StepStatus.OVERDUE, late.status);
        assertEquals(Integer.valueOf(-3), late.workingDaysLeft);
        assertEquals(Integer.valueOf(1), late.workingDays);
    }

    @Test
    public void whatAStepDoesNotUseIsRefusedNotDroppedAndNothingIsWritten() throws Exception {
        Ticket t = act(act(act(submitOnline(), TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW,
                unit("EDUCATION")), TicketAction.CONTACT, EDUCATION);
        Map<String, Long> before = db.snapshot();
        long events = db.count("TICKET_EVENT");
        TransitionInput resolve = new TransitionInput();
        resolve.reply = "已办结";
        resolve.comment = "内部备注";
        resolve.unit = "HEALTH";
        Ticket contacted = t;
        Refusal r = refused(() -> act(contacted, TicketAction.RESOLVE, EDUCATION, resolve), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals(List.of("comment:NOT_USED_BY_ACTION", "unit:NOT_USED_BY_ACTION"),
                r.fieldErrors().stream().map(e -> e.field + ":" + e.code).toList());
        // The action is named as people call it, not by its code.
        assertEquals("办结答复时不需要填写此项，请删去。", r.fieldErrors().get(0).messageZh);
        assertEquals("Not used by resolve: leave it out.", r.fieldErrors().get(0).messageEn);
        assertEquals(before, db.snapshot());
        assertEquals(events, db.count("TICKET_EVENT"));
        assertEquals(TicketState.CONTACTED, window.get(t.id, WINDOW).state);
        // What the step lacks is named in the same answer as what it does not use: one round on a phone.
        resolve.reply = null;
        resolve.unit = null;
        Refusal both = refused(() -> act(contacted, TicketAction.RESOLVE, EDUCATION, resolve), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals(List.of("comment:NOT_USED_BY_ACTION", "reply:REQUIRED"),
                both.fieldErrors().stream().map(e -> e.field + ":" + e.code).toList());
        // A step that changes nothing before answering refuses a comment too long for the history.
        TransitionInput close = new TransitionInput();
        close.comment = "长".repeat(4001);
        Ticket submitted = submitOnline();
        Refusal tooLong = refused(() -> act(submitted, TicketAction.ACCEPT, WINDOW, close), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals("comment:TOO_LONG", tooLong.fieldErrors().get(0).field + ":" + tooLong.fieldErrors().get(0).code);
        assertEquals(TicketState.SUBMITTED, window.get(submitted.id, WINDOW).state);
        // An emoji takes two of the database's characters (H2 counts them so): the text says so,
        // since 2,001 of them are refused under a limit of 4,000.
        close.comment = "😀".repeat(2001);
        Refusal emoji = refused(() -> act(submitted, TicketAction.ACCEPT, WINDOW, close), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals("最多 4000 个字符（表情符号和少数生僻字各按 2 个计）。", emoji.fieldErrors().get(0).messageZh);
        assertEquals("At most 4000 characters (an emoji or a rare character outside the common range counts as two).",
                emoji.fieldErrors().get(0).messageEn);
    }

    @Test
    public void art6OnlineATalentSubmitsForThemselvesAnotherTalentsIdIsRefused() throws Exception {
        String other = highLevelTalent("talent2", 62, TalentClass.C);
        long tickets = db.count("TICKET");
        TicketInput in = new TicketInput();
        in.serviceCode = "child-schooling";
        in.description = "冒名申请";
        in.talentId = other;
        Refusal r = refused(() -> window.submit(in, TALENT), Refusal.Kind.INVALID, "TICKET_INVALID");
        assertEquals("talentId", r.fieldErrors().get(0).field);
        assertEquals("NOT_OWN_TALENT", r.fieldErrors().get(0).code);
        assertEquals(tickets, db.count("TICKET"));
        // Their own id, or none, is the same request.
        in.talentId = submitOnline().talentId;
        assertEquals(in.talentId, window.submit(in, TALENT).talentId);
    }

    @Test
    public void art7DelayAfterTheDeadlineIsRefusedAndWritesNothing() throws Exception {
        Ticket t = act(act(submitOnline(), TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW,
                unit("EDUCATION"));
        now(2025, 9, 23, 17, 31); // first contact was due 17:30
        TransitionInput delay = new TransitionInput();
        delay.comment = "联系不上";
        delay.promisedDate = LocalDate.of(2025, 9, 26);
        long events = db.count("TICKET_EVENT");
        Ticket dispatched = t;
        refused(() -> act(dispatched, TicketAction.FILE_DELAY, EDUCATION, delay), Refusal.Kind.CONFLICT,
                "DELAY_TOO_LATE");
        // A date in the past says the same: no date would do, which a bound on the date would hide.
        delay.promisedDate = LocalDate.of(2025, 9, 19);
        refused(() -> act(dispatched, TicketAction.FILE_DELAY, EDUCATION, delay), Refusal.Kind.CONFLICT,
                "DELAY_TOO_LATE");
        assertEquals(events, db.count("TICKET_EVENT"));
        assertEquals(at(2025, 9, 23, 17, 30), step(window.get(t.id, WINDOW), Step.FIRST_CONTACT).dueAt);
    }

    @Test
    public void eachTransitionOnlyToItsRoleAndFromItsStates() throws Exception {
        Ticket t = submitOnline();
        Ticket submitted = t;
        Refusal notNow = refused(() -> act(submitted, TicketAction.DISPATCH, WINDOW, unit("EDUCATION")),
                Refusal.Kind.CONFLICT, "TRANSITION_NOT_ALLOWED");
        // States and steps by their names in each language, not as codes.
        assertEquals("事项处于已提交待受理状态，不能执行交办。", notNow.messageZh());
        assertEquals("Cannot dispatch while the ticket is submitted.", notNow.messageEn());
        Refusal notYours = refused(() -> act(submitted, TicketAction.ACCEPT, TALENT), Refusal.Kind.FORBIDDEN,
                "TRANSITION_FORBIDDEN");
        assertEquals("您无权对该事项执行受理；应由：一站式窗口。", notYours.messageZh());
        t = act(act(t, TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW, unit("EDUCATION"));
        Ticket dispatched = t;
        refused(() -> act(dispatched, TicketAction.CONTACT, WINDOW), Refusal.Kind.FORBIDDEN, "TRANSITION_FORBIDDEN");
        // Another unit does not even see the ticket.
        refused(() -> act(dispatched, TicketAction.CONTACT, HEALTH), Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
        refused(() -> window.get(dispatched.id, HEALTH), Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
        // A role with no part in tickets is told so, whether it reads or acts.
        Actor gate = WindowFixture.actor("gate1", null, Role.GATE);
        refused(() -> window.get(dispatched.id, gate), Refusal.Kind.FORBIDDEN, "ROLE_REQUIRED");
        refused(() -> act(dispatched, TicketAction.CONTACT, gate), Refusal.Kind.FORBIDDEN, "ROLE_REQUIRED");
        refused(() -> act(dispatched, TicketAction.RESOLVE, EDUCATION), Refusal.Kind.CONFLICT, "TRANSITION_NOT_ALLOWED");
        assertEquals(1, window.find(new TicketQuery(), EDUCATION).total);
        assertEquals(0, window.find(new TicketQuery(), HEALTH).total);
        assertEquals(3, db.count("TICKET_EVENT"));
    }

    @Test
    public void art3OnlyAHighLevelTalentOnTheDayOfSubmission() throws Exception {
        String notYet = highLevelTalent("talent2", 63, TalentClass.E);
        Actor other = WindowFixture.actor("talent2", null, Role.TALENT);
        TicketInput in = new TicketInput();
        in.serviceCode = "housing";
        in.description = "人才公寓";
        Map<String, Long> before = db.snapshot();
        // Online, the talent sent no id: the refusal still names what it is about (Art.3).
        assertEquals("talentId", refused(() -> window.submit(in, other), Refusal.Kind.INVALID, "TALENT_NOT_HIGH_LEVEL")
                .fieldErrors().get(0).field);
        in.talentId = notYet;
        assertEquals("talentId", refused(() -> window.submit(in, WINDOW), Refusal.Kind.INVALID, "TALENT_NOT_HIGH_LEVEL")
                .fieldErrors().get(0).field);
        assertEquals(before, db.snapshot());
        assertEquals(0, db.count("TICKET"));
    }

    @Test
    public void badSubmissionsAreRefusedWithFieldsAndWriteNothing() throws Exception {
        TicketInput in = new TicketInput();
        in.serviceCode = "no-such-service";
        try {
            window.submit(in, TALENT);
            fail();
        } catch (Refusal r) {
            assertEquals("TICKET_INVALID", r.code());
            assertEquals(List.of("serviceCode", "description"), r.fieldErrors().stream().map(f -> f.field).toList());
        }
        assertEquals(0, db.count("TICKET"));
        assertEquals(0, db.count("TICKET_NUMBER"));
    }

    @Test
    public void art5ADispatchGoesToAUnitThatAnswersForTheServiceItsFirstByDefault() throws Exception {
        Ticket t = act(submitOnline(), TicketAction.ACCEPT, WINDOW);
        Map<String, Long> before = db.snapshot();
        long events = db.count("TICKET_EVENT");
        // The health commission does not handle child schooling: refused, naming who does, nothing written.
        Refusal r = refused(() -> act(t, TicketAction.DISPATCH, WINDOW, unit("health")), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals("unit:UNIT_NOT_RESPONSIBLE", r.fieldErrors().get(0).field + ":" + r.fieldErrors().get(0).code);
        assertEquals("该单位不承办“服务child-schooling”，请交办承办单位：连云港市教育局（EDUCATION）。",
                r.fieldErrors().get(0).messageZh);
        assertEquals("This unit does not handle Service child-schooling; the responsible units: Municipal Education Bureau (EDUCATION).",
                r.fieldErrors().get(0).messageEn);
        assertEquals(before, db.snapshot());
        assertEquals(events, db.count("TICKET_EVENT"));
        assertEquals(TicketState.ACCEPTED, window.get(t.id, WINDOW).state);
        // A code nobody has is answered with the units that handle the service.
        Refusal unknown = refused(() -> act(t, TicketAction.DISPATCH, WINDOW, unit("EDUCATON")), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals("unit:UNIT_UNKNOWN_FOR", unknown.fieldErrors().get(0).field + ":" + unknown.fieldErrors().get(0).code);
        assertTrue(unknown.fieldErrors().get(0).messageZh.contains("连云港市教育局（EDUCATION）"));
        // Sent but empty is a slip, not the default.
        Refusal blank = refused(() -> act(t, TicketAction.DISPATCH, WINDOW, unit("  ")), Refusal.Kind.INVALID,
                "TRANSITION_INVALID");
        assertEquals("unit:UNIT_BLANK", blank.fieldErrors().get(0).field + ":" + blank.fieldErrors().get(0).code);
        assertEquals(before, db.snapshot());
        // Art.7: with no unit named, the request goes to the service's first responsible unit.
        Ticket dispatched = act(t, TicketAction.DISPATCH, WINDOW);
        assertEquals("EDUCATION", dispatched.unit);
        assertEquals("EDUCATION", dispatched.history.get(dispatched.history.size() - 1).unit);
    }

    @Test
    public void art5AUnitTheDirectoryNamesForAServiceIsResponsibleWithoutARelease() {
        Ticket t = act(submitOnline(), TicketAction.ACCEPT, WINDOW);
        answersFor("HEALTH", "child-schooling");
        assertEquals("HEALTH", act(t, TicketAction.DISPATCH, WINDOW, unit("HEALTH")).unit);
    }

    /** The talent office records that {@code unit} answers for {@code service} too (unit:list, PUT /units). */
    private void answersFor(String unit, String service) {
        f.answersFor(unit, service);
    }

    /**
     * Art.6 (the whole process tracked and fed back): the history names who acted as people know
     * them; the talent sees the window and the unit, not the staff members' logins, while staff
     * see both.
     */
    @Test
    public void theHistoryNamesWhoActedAsPartiesAndHidesStaffLoginsFromTheTalent() {
        Ticket t = act(f.dispatched(), TicketAction.CONTACT, EDUCATION);
        String education = f.units.get("EDUCATION").orElseThrow().nameZh;
        Ticket mine = window.get(t.id, TALENT);
        assertEquals(List.of("人才本人", "一站式服务窗口", "一站式服务窗口", education),
                mine.history.stream().map(h -> h.party.zh).toList());
        assertEquals("One-stop window", mine.history.get(1).party.en);
        assertEquals(Arrays.asList("talent1", null, null, null), mine.history.stream().map(h -> h.actor).toList());
        assertEquals(List.of("talent1", "window1", "window1", "dept_edu"),
                window.get(t.id, WINDOW).history.stream().map(h -> h.actor).toList());
        // The talent is addressed as "you"; the unit reads of "the talent".
        // ... and told by when, as the ticket's steps say (Art.7).
        Ticket dispatchedNow = window.get(t.id, WINDOW);
        String contactDue = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(dispatchedNow.steps.stream()
                .filter(s -> s.step == Step.FIRST_CONTACT).findFirst().orElseThrow().dueAt.atZone(f.settings.zone()));
        assertTrue(f.inbox.list(TALENT, false, 0, 50).items.stream().anyMatch(n -> n.textZh.startsWith("您的申请 " + t.number)
                && n.textZh.contains("将于 " + contactDue + " 前与您联系")));
        assertTrue(f.inbox.list(EDUCATION, false, 0, 50).items.stream().anyMatch(n -> n.textZh.contains("联系人才")));
        // The answer to a transition names the party too.
        TransitionInput resolve = new TransitionInput();
        resolve.reply = "已办结";
        assertEquals(education, act(t, TicketAction.RESOLVE, EDUCATION, resolve).history.get(4).party.zh);
    }

    /**
     * A talent's notices are addressed to the login; when the window binds that login to another
     * person, the first person's notices stay with them and do not follow the login.
     */
    /** A request submitted at the window for the talent: they read the channel, not the clerk's login. */
    @Test
    public void theTalentDoesNotReadTheClerksLoginOnATicketSubmittedForThem() {
        Ticket online = submitOnline();
        TicketInput in = new TicketInput();
        in.talentId = online.talentId;
        in.serviceCode = "child-schooling";
        in.description = "窗口代为提交：孩子转学";
        Ticket offline = window.submit(in, WINDOW);
        assertEquals(WINDOW.account(), window.get(offline.id, WINDOW).submittedBy);
        assertNull(window.get(offline.id, TALENT).submittedBy);
        assertEquals(TALENT.account(), window.get(online.id, TALENT).submittedBy);
    }

    /** Art.6, Art.7: a talent who submits online gets a receipt: the number and by when it is passed on. */
    @Test
    public void anOnlineSubmissionLeavesAReceiptInTheTalentsInbox() {
        Ticket t = submitOnline();
        String dispatchDue = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(t.steps.stream()
                .filter(s -> s.step == Step.DISPATCH).findFirst().orElseThrow().dueAt.atZone(f.settings.zone()));
        List<Notification> mine = f.inbox.list(TALENT, false, 0, 50).items;
        assertEquals(1, mine.size());
        assertEquals(t.number, mine.get(0).ticketNumber);
        assertTrue(mine.get(0).textZh, mine.get(0).textZh.startsWith("您的申请 " + t.number)
                && mine.get(0).textZh.contains("已收到，一站式窗口将于 " + dispatchDue + " 前受理并交办"));
        assertTrue(mine.get(0).textEn, mine.get(0).textEn.contains("was received")
                && mine.get(0).textEn.contains("by " + dispatchDue));
    }

    @Test
    public void aLoginBoundToAnotherTalentNoLongerSeesTheFirstTalentsNotices() {
        Ticket t = act(submitOnline(), TicketAction.ACCEPT, WINDOW);
        List<Notification> mine = f.inbox.list(TALENT, false, 0, 50).items;
        assertFalse(mine.isEmpty());
        Talent first = f.registry.get(t.talentId, WINDOW);
        TalentInput unbound = TalentRegistryTest.talent(first.name, 61);
        unbound.version = first.version;
        f.registry.update(first.id, unbound, WINDOW);
        f.talent("talent1", 62, TalentClass.C);
        assertEquals(List.of(), f.inbox.list(TALENT, false, 0, 50).items);
        refused(() -> f.inbox.markRead(mine.get(0).id, TALENT), Refusal.Kind.NOT_FOUND, "NOTIFICATION_NOT_FOUND");
    }

    @Test
    public void redirectKeepsTheMissAgainstTheFirstUnitAndRestartsDeadlines() {
        answersFor("HEALTH", "child-schooling");
        Ticket t = act(act(submitOnline(), TicketAction.ACCEPT, WINDOW), TicketAction.DISPATCH, WINDOW,
                unit("HEALTH"));
        now(2025, 9, 24, 11, 0);
        TransitionInput redirect = unit("EDUCATION");
        redirect.comment = "入学事项应由教育局办理";
        t = act(t, TicketAction.REDIRECT, WINDOW, redirect);
        assertEquals("EDUCATION", t.unit);
        assertEquals(TicketState.DISPATCHED, t.state);
        long cancelledHealthSteps = t.steps.stream()
                .filter(s -> "HEALTH".equals(s.unit) && s.status == StepStatus.CANCELLED).count();
        assertEquals(2, cancelledHealthSteps);
        // The history the talent reads names the first unit by its name.
        assertEquals("由" + f.units.get("HEALTH").orElseThrow().nameZh + "改派：入学事项应由教育局办理",
                t.history.get(t.history.size() - 1).comment);
        assertEquals("Redirected from " + f.units.get("HEALTH").orElseThrow().nameEn + ": 入学事项应由教育局办理",
                t.history.get(t.history.size() - 1).commentEn);
        // New deadlines from the redirect: Thu 09-25 and Mon 09-29.
        TicketStep contact = t.steps.stream().filter(s -> s.step == Step.FIRST_CONTACT && "EDUCATION".equals(s.unit))
                .findFirst().get();
        assertEquals(at(2025, 9, 25, 17, 30), contact.dueAt);
        // The first unit still sees the ticket it missed.
        assertEquals("EDUCATION", window.get(t.id, HEALTH).unit);
        // Acting on it, it is told where the ticket went, not that a "responsible unit" should act,
        // which it was until the redirect.
        Ticket redirected = t;
        Refusal gone = refused(() -> act(redirected, TicketAction.CONTACT, HEALTH), Refusal.Kind.FORBIDDEN,
                "TICKET_REDIRECTED_AWAY");
        assertTrue(gone.messageZh(), gone.messageZh().contains("已改派至" + f.units.get("EDUCATION").orElseThrow().nameZh));
        assertTrue(gone.messageEn(), gone.messageEn().contains("redirected to " + f.units.get("EDUCATION").orElseThrow().nameEn));
        // A reason of the full length still fits the history with the first unit's name before it.
        TransitionInput back = unit("HEALTH");
        back.comment = "很".repeat(4000);
        String comment = act(t, TicketAction.REDIRECT, WINDOW, back).history.get(t.history.size()).comment;
        assertEquals(4000, comment.length());
        assertTrue(comment, comment.startsWith("由") && comment.endsWith("…"));
    }

    @Test
    public void returnStopsTheDispatchClockAndResubmissionRestartsIt() {
        Ticket t = submitOnline();
        TransitionInput missing = new TransitionInput();
        missing.comment = "缺少学籍证明";
        t = act(t, TicketAction.RETURN, WINDOW, missing);
        assertEquals(TicketState.RETURNED, t.state);
        assertNull(t.nextDueAt);
        now(2025, 9, 26, 16, 0); // Friday
        t = act(t, TicketAction.RESUBMIT, TALENT);
        // Next working day after Friday 09-26 is Sunday 09-28, a make-up working day.
        assertEquals(at(2025, 9, 28, 17, 30), t.nextDueAt);
        t = act(t, TicketAction.WITHDRAW, TALENT);
        assertEquals(TicketState.WITHDRAWN, t.state);
        assertNull(t.nextDueAt);
    }

    @Test
    public void aTalentSeesOnlyTheirOwnTickets() {
        Ticket mine = submitOnline();
        highLevelTalent("talent3", 65, TalentClass.A);
        Actor other = WindowFixture.actor("talent3", null, Role.TALENT);
        assertEquals(0, window.find(new TicketQuery(), other).total);
        refused(() -> window.get(mine.id, other), Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
        assertEquals(1, window.find(new TicketQuery(), TALENT).total);
        TicketInput second = new TicketInput();
        second.serviceCode = "child-schooling";
        second.description = "第二个孩子入学";
        assertEquals("320700-20250922-0002", window.submit(second, TALENT).number);
    }

    @Test
    public void aRepeatedSubmissionIsRefusedWithTheNumberOfTheFirst() throws Exception {
        Ticket first = submitOnline();
        long tickets = db.count("TICKET");
        Refusal r = refused(this::submitOnline, Refusal.Kind.CONFLICT, "TICKET_REPEATED");
        assertTrue(r.messageZh(), r.messageZh().contains(first.number));
        assertEquals(tickets, db.count("TICKET"));
        // The window entering the talent's request again is the same repetition.
        TicketInput offline = new TicketInput();
        offline.talentId = first.talentId;
        offline.serviceCode = "child-schooling";
        offline.description = "孩子九月转学入学";
        refused(() -> window.submit(offline, WINDOW), Refusal.Kind.CONFLICT, "TICKET_REPEATED");
        // Another matter of the same service is a new request; so is the same one once the first
        // was taken up, or after the window of REPEAT_WINDOW.
        offline.description = "第二个孩子入学";
        // The refused repetitions took no number: the day's numbers run on without a gap.
        assertEquals(first.number.substring(0, first.number.length() - 4) + "0002", window.submit(offline, WINDOW).number);
        act(first, TicketAction.ACCEPT, WINDOW);
        submitOnline();
        clock.set(LocalDateTime.of(2025, 9, 22, 10, 31));
        submitOnline();
        assertEquals(tickets + 3, db.count("TICKET"));
    }

    @Test
    public void twoIdenticalSubmissionsAtTheSameInstantMakeOneTicket() throws Exception {
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> runs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                try {
                    return submitOnline().number;
                } catch (Refusal r) {
                    return r.code();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : runs) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertEquals(outcomes.toString(), n - 1, outcomes.stream().filter("TICKET_REPEATED"::equals).count());
        assertEquals(1, db.count("TICKET"));
    }

    /** design.md section 3: the number is what a talent reads out on the phone; the clerk acts on it. */
    @Test
    public void aTicketIsFoundAndMovedByItsNumberWithinTheSameScope() {
        Ticket t = submitOnline();
        assertEquals(t.id, window.get(t.number, WINDOW).id);
        Ticket accepted = window.transition(t.number, TicketAction.ACCEPT, null, WINDOW);
        assertEquals(t.id, accepted.id);
        assertEquals(TicketState.ACCEPTED, accepted.state);
        assertEquals(t.id, window.get(t.number, TALENT).id);

        highLevelTalent("talent3", 65, TalentClass.A);
        Actor other = WindowFixture.actor("talent3", null, Role.TALENT);
        refused(() -> window.get(t.number, other), Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
        refused(() -> window.transition(t.number, TicketAction.DISPATCH, null, EDUCATION), Refusal.Kind.NOT_FOUND,
                "TICKET_NOT_FOUND");
        refused(() -> window.get("320700-20250922-9999", WINDOW), Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
        refused(() -> window.transition("320700-20250922-9999", TicketAction.ACCEPT, null, WINDOW),
                Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND");
    }

    /**
     * The ticket's row lock (store.RowLocks) holds to the end of the transaction that took it: a
     * transition waits for it, then acts on what was committed. Without the lock the transition
     * would finish at once.
     */
    @Test
    public void aTransitionWaitsForTheTicketsRowLock() throws Exception {
        Ticket t = submitOnline();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Boolean> holder = pool.submit(() -> db.database.jpa().txExpr(
                TransactionType.Required, em -> {
                    boolean found = RowLocks.ticket(em, t.id);
                    locked.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return found;
                }));
        locked.await();
        Future<Ticket> accept = pool.submit(() -> window.transition(t.id, TicketAction.ACCEPT, null, WINDOW));
        Thread.sleep(500);
        assertFalse("the transition must wait for the lock", accept.isDone());
        release.countDown();
        assertTrue(holder.get());
        assertEquals(TicketState.ACCEPTED, accept.get().state);
        pool.shutdown();
        assertFalse(db.database.jpa().txExpr(TransactionType.Required,
                em -> RowLocks.ticket(em, "no-such-ticket")));
    }

    @Test
    public void twoClerksDispatchingAtOnceOneWinsTheOtherIsAConflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            Ticket t = act(submitOnline(), TicketAction.ACCEPT, WINDOW);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> results = new ArrayList<>();
            for (Actor clerk : List.of(WINDOW, WINDOW2)) {
                Callable<String> dispatch = () -> {
                    start.await();
                    try {
                        window.transition(t.id, TicketAction.DISPATCH, unit("EDUCATION"), clerk);
                        return "ok";
                    } catch (Refusal r) {
                        assertEquals(Refusal.Kind.CONFLICT, r.kind());
                        return r.code();
                    }
                };
                results.add(pool.submit(dispatch));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();
            assertEquals(outcomes.toString(), 1, outcomes.stream().filter("ok"::equals).count());
            Ticket after = window.get(t.id, WINDOW);
            assertEquals(1, after.history.stream().filter(e -> e.action == TicketAction.DISPATCH).count());
            assertEquals(1, after.steps.stream().filter(s -> s.step == Step.FIRST_CONTACT).count());
            assertFalse(after.history.size() > 3);
        }
    }
}
