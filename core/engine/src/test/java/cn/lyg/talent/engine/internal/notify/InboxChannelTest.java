package cn.lyg.talent.engine.internal.notify;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.notify.NotificationChannel;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.engine.internal.registry.TalentRegistryTest;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/** Notifications beyond a ticket's steps: further channels get what was committed, off the request thread; plugins tell talents. */
public class InboxChannelTest {
    private WindowFixture f;

    @Before
    public void setUp() throws Exception {
        f = new WindowFixture();
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    @Test
    public void aSlowFailingChannelHoldsNothingUpAndGetsEachNotification() throws Exception {
        BlockingQueue<Notification> got = new LinkedBlockingQueue<>();
        CountDownLatch release = new CountDownLatch(1);
        f.inbox.addChannel(new NotificationChannel() {
            @Override
            public String name() {
                return "slow-sms";
            }

            @Override
            public void deliver(Notification n) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                got.add(n);
                throw new IllegalStateException("gateway down");
            }
        });
        long started = System.nanoTime();
        Ticket t = f.dispatched();
        assertTrue("the window did not wait for the channel", System.nanoTime() - started < 5_000_000_000L);
        assertEquals(0, got.size());
        release.countDown();
        // Submit (window role), accept (talent), dispatch (unit, talent): one delivery each.
        for (int i = 0; i < 4; i++) {
            Notification n = got.poll(10, TimeUnit.SECONDS);
            assertNotNull("delivery " + i, n);
            assertEquals(t.number, n.ticketNumber);
        }
    }

    /** A plugin tells a talent what it did for them outside a ticket's steps (a gold card revoked, Art.4.5). */
    @Test
    public void theTalentWithALoginIsToldAndOneWithoutIsNot() throws Exception {
        String withLogin = f.talent("talent7", 71, TalentClass.C);
        f.inbox.tellTalent(withLogin, null, new Text("您的金卡 LYG2026000001 已注销（挂失）。", "Your gold card was revoked."));
        Notification n = f.inbox.list(WindowFixture.actor("talent7", null, Role.TALENT), true, 0, 10)
                .items.get(0);
        assertEquals("您的金卡 LYG2026000001 已注销（挂失）。", n.textZh);
        assertEquals("Your gold card was revoked.", n.textEn);
        long before = f.db.count("NOTIFICATION");
        String offline = f.talent(null, 73, TalentClass.C);
        f.inbox.tellTalent(offline, "320700-20251009-0001", new Text("不会送达", "not delivered"));
        assertEquals("a talent served offline has no inbox", before, f.db.count("NOTIFICATION"));
        f.inbox.tellTalent(withLogin, null, new Text("长".repeat(1200), "long"));
        assertTrue(f.inbox.list(WindowFixture.actor("talent7", null, Role.TALENT), true, 0, 10)
                .items.stream().anyMatch(x -> x.textZh.length() == 1000 && x.textZh.endsWith("…")));
    }

    /**
     * A notice about no ticket stays with the talent it was about: after the window binds the login
     * to another person, the first person's gold card notice does not follow the login (V016).
     */
    @Test
    public void aNoticeAboutNoTicketStaysWithItsTalentWhenTheLoginIsBoundToAnother() throws Exception {
        Actor login = WindowFixture.actor("talent8", null, Role.TALENT);
        String first = f.talent("talent8", 74, TalentClass.C);
        f.inbox.tellTalent(first, null, new Text("您的金卡 LYG2026000002 已注销（挂失）。", "Your gold card was revoked."));
        Notification told = f.inbox.list(login, false, 0, 10).items.get(0);
        Talent before = f.registry.get(first, WindowFixture.WINDOW);
        TalentInput unbound = TalentRegistryTest.talent(before.name, 74);
        unbound.version = before.version;
        f.registry.update(first, unbound, WindowFixture.WINDOW);
        String second = f.talent("talent8", 75, TalentClass.C);
        assertEquals(0, f.inbox.list(login, false, 0, 10).total);
        try {
            f.inbox.markRead(told.id, login);
            fail("the first person's notice was marked read through the rebound login");
        } catch (Refusal r) {
            assertEquals("NOTIFICATION_NOT_FOUND", r.code());
        }
        f.inbox.tellTalent(second, null, new Text("您的金卡 LYG2026000003 已制发。", "Your gold card was issued."));
        assertEquals(List.of("您的金卡 LYG2026000003 已制发。"),
                f.inbox.list(login, false, 0, 10).items.stream().map(n -> n.textZh).toList());
    }
}
