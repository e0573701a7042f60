package cn.lyg.talent.example.donghai.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.List;

import org.junit.Test;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.plugin.testing.LocalJpa;

/** Donghai's gold card (Art.4.5 as replaced under Art.9). */
public class DonghaiGoldCardTest {

    static DonghaiGoldCardConfiguration config(String pattern, int years) {
        return new DonghaiGoldCardConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DonghaiGoldCardConfiguration.class;
            }

            @Override
            public String cardNumberPattern() {
                return pattern;
            }

            @Override
            public int validityYears() {
                return years;
            }
        };
    }

    private static DonghaiGoldCard card(DonghaiGoldCardConfiguration config) throws Exception {
        LocalJpa jpa = new LocalJpa("donghai-goldcard");
        return new DonghaiGoldCard(config, new CardRegister(jpa.dataSource(), jpa));
    }

    private static TicketTransition resolve(String number) {
        return resolve(number, "ticket-1");
    }

    private static TicketTransition resolve(String number, String ticketId) {
        TicketTransition t = new TicketTransition();
        t.ticketId = ticketId;
        t.number = "320722-20261125-000" + ticketId.length();
        t.actor = "dept_hrss";
        t.action = TicketAction.RESOLVE;
        // 2026-11-25 10:00 in Asia/Shanghai.
        t.at = Instant.parse("2026-11-25T02:00:00Z");
        if (number != null) {
            t.values.put("cardNumber", number);
        }
        return t;
    }

    @Test
    public void art9ItReplacesTheCityServiceForDonghaiOnly() throws Exception {
        DonghaiGoldCard card = card(config("DH[0-9]{8}", 3));
        assertEquals("gold-card", card.definition().code);
        assertEquals("320722", card.definition().jurisdiction);
    }

    @Test
    public void art45TheCardNumberIsRecordedWithItsValidity() throws Exception {
        Outcome o = card(config("DH[0-9]{8}", 3)).handle(resolve("DH20260001"));
        assertEquals("DH20260001", o.values.get("cardNumber"));
        assertEquals("2029-11-24", o.values.get("validUntil"));
    }

    @Test
    public void aResolveWithoutAValidCardNumberIsRefused() throws Exception {
        DonghaiGoldCard card = card(config("DH[0-9]{8}", 3));
        for (String bad : new String[] {null, "DH123", "XX20260001"}) {
            try {
                card.handle(resolve(bad));
                fail(bad);
            } catch (Refusal r) {
                assertEquals("DONGHAI_CARD_NUMBER", r.code());
                assertEquals("values.cardNumber", r.fieldErrors().get(0).field);
            }
        }
    }

    /** A card number is shown in full: an identity or phone number in its box would be published unmasked. */
    @Test
    public void anIdentityOrPhoneNumberIsNoCardNumberEvenWhereThePatternLetsItThrough() throws Exception {
        DonghaiGoldCard card = card(config("[0-9A-Z]{9,18}", 3));
        TicketTransition own = resolve("E12345678");
        own.application = new Application();
        own.application.talent = new Talent();
        own.application.talent.document = new IdentityDocument(DocumentType.PASSPORT, "E12345678");
        for (TicketTransition t : List.of(resolve("11010519491231002X"), resolve("13912345678"), own)) {
            try {
                card.handle(t);
                fail(t.values.toString());
            } catch (Refusal r) {
                assertEquals("DONGHAI_CARD_NUMBER", r.code());
                assertEquals("values.cardNumber", r.fieldErrors().get(0).field);
                assertEquals("CARD_NUMBER_PERSONAL", r.fieldErrors().get(0).code);
            }
        }
        assertEquals("DH2026000", card.handle(resolve("DH2026000")).values.get("cardNumber"));
    }

    @Test
    public void otherTransitionsRecordNothing() throws Exception {
        TicketTransition t = resolve("DH20260001");
        t.action = TicketAction.ACCEPT;
        assertNull(card(config("DH[0-9]{8}", 3)).handle(t));
    }

    @Test
    public void aBadSettingIsReportedNotSwallowed() throws Exception {
        for (DonghaiGoldCardConfiguration bad : new DonghaiGoldCardConfiguration[] {config("DH[", 3), config("DH[0-9]{8}", 0),
                // An empty pattern would refuse every card at its first resolution.
                config("", 3), config(" ", 3)}) {
            try {
                card(bad);
                fail();
            } catch (ConfigurationRefused e) {
                assertEquals(DonghaiGoldCardConfiguration.PID, e.pid());
                assertTrue(e.reason().zh, e.reason().zh.startsWith("设置") && e.reason().en.startsWith("setting"));
            }
        }
    }

    @Test
    public void art45ACardNumberIsIssuedOnceAndAskingAgainForTheSameTicketGivesTheSameCard() throws Exception {
        DonghaiGoldCard card = card(config("DH[0-9]{8}", 3));
        assertEquals("DH20260001", card.handle(resolve("DH20260001", "ticket-1")).values.get("cardNumber"));
        // The same transition asked again (it failed after the handler answered): the same card.
        assertEquals("DH20260001", card.handle(resolve("DH20260001", "ticket-1")).values.get("cardNumber"));
        for (String[] clash : new String[][] {{"DH20260001", "ticket-2", "DONGHAI_CARD_TAKEN"},
                {"DH20260002", "ticket-1", "DONGHAI_CARD_ALREADY_ISSUED"}}) {
            try {
                card.handle(resolve(clash[0], clash[1]));
                fail(clash[2]);
            } catch (Refusal r) {
                assertEquals(clash[2], r.code());
            }
        }
    }
}
