package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.Set;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.ServiceHandler;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.org.UnitDirectory;
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
    private final UnitDirectory units;

    @Activate
    public GoldCardIssuing(@Reference GoldCardRegister register, @Reference UnitDirectory units) {
        this.register = register;
        this.units = units;
    }

    /** The number printed on the card, on resolving only (a misspelt name would give the card another number). */
    @Override
    public Set<String> valueNames(TicketAction action) {
        return action == TicketAction.RESOLVE ? Set.of(CARD_NUMBER) : Set.of();
    }

    @Override
    public Outcome handle(TicketTransition t) {
        if (t.action != TicketAction.RESOLVE) {
            return null;
        }
        if (!register.issuingUnit().equals(t.unit)) {
            // Art.5: HRSS issues the card; a request dispatched elsewhere is redirected, not resolved.
            String issuer = register.issuingUnit();
            throw Texts.refusal(Refusal.Kind.CONFLICT, "ISSUER_ONLY", null,
                    units.get(issuer).map(u -> u.nameZh).orElse(issuer), units.get(issuer).map(u -> u.nameEn).orElse(issuer));
        }
        GoldCard card = register.issue(t.ticketId, t.number, t.application.talent, t.jurisdiction, t.actor, t.at,
                t.values.get(CARD_NUMBER));
        return new Outcome(TEXTS.text("issued", card.cardNumber, card.validUntil.toString()))
                .with(CARD_NUMBER, card.cardNumber).with(VALID_UNTIL, card.validUntil.toString());
    }
}
