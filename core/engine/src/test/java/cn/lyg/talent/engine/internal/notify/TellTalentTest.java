package cn.lyg.talent.engine.internal.notify;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/** A plugin tells a talent what it did for them outside a ticket's steps (a gold card revoked, Art.4.5). */
public class TellTalentTest {
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
    public void theTalentWithALoginIsToldAndOneWithoutIsNot() throws Exception {
        String withLogin = f.talent("talent7", 71, TalentClass.C);
        f.inbox.tellTalent(withLogin, null, new Text("您的金卡 LYG2026000001 已注销（挂失）。", "Your gold card was revoked."));
        Notification n = f.inbox.list(WindowFixture.actor("talent7", null, cn.lyg.talent.api.Role.TALENT), true, 0, 10)
                .items.get(0);
        assertEquals("您的金卡 LYG2026000001 已注销（挂失）。", n.textZh);
        assertEquals("Your gold card was revoked.", n.textEn);
        long before = f.db.count("NOTIFICATION");
        String offline = f.talent(null, 73, TalentClass.C);
        f.inbox.tellTalent(offline, "320700-20251009-0001", new Text("不会送达", "not delivered"));
        assertEquals("a talent served offline has no inbox", before, f.db.count("NOTIFICATION"));
        f.inbox.tellTalent(withLogin, null, new Text("长".repeat(1200), "long"));
        assertTrue(f.inbox.list(WindowFixture.actor("talent7", null, cn.lyg.talent.api.Role.TALENT), true, 0, 10)
                .items.stream().anyMatch(x -> x.textZh.length() == 1000 && x.textZh.endsWith("…")));
    }
}
