package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.time.LocalDate;
import java.util.function.BiPredicate;
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
import cn.lyg.talent.api.registry.TalentRegistry;

/**
 * Art.4.5 "holders visit all scenic areas of the city free of charge": a scenic-visit booking
 * names a gold card the applicant holds, not revoked and valid on the day of the visit, and the
 * holder is still high-level that day (Art.3), as the gate will check.
 * <p>
 * Where a county has replaced the gold card (Art.9), its cards are in the county's register,
 * which this plugin does not read: there the window checks the card presented, as before.
 */
@Component(service = EligibilityRule.class, property = ServiceOffering.SERVICE_CODE + "=" + ScenicVisitRule.SERVICE)
public class ScenicVisitRule implements EligibilityRule {
    static final String SERVICE = "scenic-visit";
    static final String CARD_FIELD = "goldCardNumber";
    static final String DATE_FIELD = "visitDate";

    private final GoldCardRegister register;
    private final Predicate<String> cityCardsIn;
    private final BiPredicate<String, LocalDate> highLevelOn;

    @Activate
    public ScenicVisitRule(@Reference GoldCardRegister register, @Reference TalentRegistry registry, BundleContext context) {
        this(register, jurisdiction -> CityGoldCard.inForce(context, jurisdiction), registry::isHighLevel);
    }

    /**
     * {@code cityCardsIn}: whether the city's gold card is in force in a jurisdiction;
     * {@code highLevelOn}: whether a talent is high-level on a day.
     */
    ScenicVisitRule(GoldCardRegister register, Predicate<String> cityCardsIn, BiPredicate<String, LocalDate> highLevelOn) {
        this.register = register;
        this.cityCardsIn = cityCardsIn;
        this.highLevelOn = highLevelOn;
    }

    @Override
    public Verdict evaluate(Application a) {
        if (!(a.form.get(CARD_FIELD) instanceof String number) || !cityCardsIn.test(a.jurisdiction)) {
            // The form's own check reports a missing number.
            return Verdict.eligible();
        }
        LocalDate day = a.form.get(DATE_FIELD) instanceof LocalDate d ? d : a.date;
        GoldCardRegister.Card card = register.find(number)
                .filter(c -> c.card().talentId.equals(a.talent.id)).orElse(null);
        if (card == null) {
            // Another holder's card is "not held" too: a booking reveals nothing of other people's cards.
            return refused("GOLD_CARD_NOT_HELD", GoldCardRegister.normalized(number));
        }
        return switch (card.status(day)) {
            case REVOKED -> refused("GOLD_CARD_REVOKED", card.card().cardNumber,
                    GoldCardRegister.local(card.revocation().revokedAt).toLocalDate().toString(),
                    card.revocation().reason);
            case EXPIRED -> refused("GOLD_CARD_EXPIRED", card.card().cardNumber, card.card().validUntil.toString());
            default -> highLevelOn.test(a.talent.id, day) ? Verdict.eligible() : refused("NOT_HIGH_LEVEL_ON_VISIT", day.toString());
        };
    }

    private static Verdict refused(String code, Object... args) {
        Text t = TEXTS.text(code, args);
        return Verdict.refused(code, CARD_FIELD, t.zh, t.en);
    }
}
