package cn.lyg.talent.engine.internal.notify;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.notify.NotificationChannel;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/** Further notification channels get what was committed, off the request thread. */
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
}
