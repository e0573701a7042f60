package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.util.function.Predicate;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.Verdict;

/**
 * Art.4.5: one usable gold card per holder. A talent who holds a valid card, or whose request
 * for one is still under way, is told so on applying again; a lost or damaged card is revoked first (goldcard:revoke), then replaced. In a
 * card's last {@value GoldCardRegister#RENEWAL_DAYS} days a new application renews it: the new
 * card replaces the old one when it is issued.
 */
@Component(service = EligibilityRule.class, property = ServiceOffering.SERVICE_CODE + "=" + GoldCardIssuing.SERVICE)
public class SecondCardRule implements EligibilityRule {
    private final GoldCardRegister register;
    private final Predicate<String> cityCardsIn;

    @Activate
    public SecondCardRule(@Reference GoldCardRegister register, BundleContext context) {
        this(register, jurisdiction -> CityGoldCard.inForce(context, jurisdiction));
    }

    SecondCardRule(GoldCardRegister register, Predicate<String> cityCardsIn) {
        this.register = register;
        this.cityCardsIn = cityCardsIn;
    }

    @Override
    public Verdict evaluate(Application a) {
        if (!cityCardsIn.test(a.jurisdiction)) {
            return Verdict.eligible();
        }
        Verdict held = register.blockingCard(a.talent.id, a.date).map(c -> {
            Text t = TEXTS.text("GOLD_CARD_HELD", c.card().cardNumber, c.card().validUntil.toString());
            return Verdict.refused("GOLD_CARD_HELD", t.zh, t.en);
        }).orElse(null);
        if (held != null) {
            return held;
        }
        if (!a.openRequests.isEmpty()) {
            // Told on applying, not when HRSS resolves the second request and the register refuses it.
            Text t = TEXTS.text("GOLD_CARD_PENDING", a.openRequests.get(0));
            return Verdict.refused("GOLD_CARD_PENDING", t.zh, t.en);
        }
        return Verdict.eligible();
    }
}
