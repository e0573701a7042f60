package cn.lyg.talent.plugin.goldcard.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.ServiceHandler;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.window.TicketAction;

/**
 * Art.4.5: when HRSS resolves a request of the city's gold-card service, the card enters the
 * register and becomes the ticket's outcome: the number printed on the card when the unit gives
 * one ({@code values.cardNumber}), else the register's next number. A county that replaces the
 * gold card with a handler of its own (Art.9, e.g. Donghai) keeps its cards in its own register;
 * its higher ranking makes its handler the one asked.
 */
@Component(service = ServiceHandler.class, property = ServiceOffering.SERVICE_CODE + "=" + GoldCardIssuing.SERVICE)
public class GoldCardIssuing implements ServiceHandler {
    static final String SERVICE = "gold-card";
    static final String CARD_NUMBER = "cardNumber";
    static final String VALID_UNTIL = "validUntil";

    private final GoldCardRegister register;

    @Activate
    public GoldCardIssuing(@Reference GoldCardRegister register) {
        this.register = register;
    }

    @Override
    public Outcome handle(TicketTransition t) {
        if (t.action != TicketAction.RESOLVE) {
            return null;
        }
        for (String key : t.values.keySet()) {
            if (!CARD_NUMBER.equals(key)) {
                // A misspelt key would silently give the card another number than the one printed on it.
                throw Texts.refusal(Refusal.Kind.INVALID, "UNKNOWN_VALUE", "values." + key);
            }
        }
        GoldCard card = register.issue(t.ticketId, t.number, t.application.talent, t.jurisdiction, t.actor, t.at,
                t.values.get(CARD_NUMBER));
        return new Outcome(Texts.text("issued", card.cardNumber, card.validUntil.toString()))
                .with(CARD_NUMBER, card.cardNumber).with(VALID_UNTIL, card.validUntil.toString());
    }
}
