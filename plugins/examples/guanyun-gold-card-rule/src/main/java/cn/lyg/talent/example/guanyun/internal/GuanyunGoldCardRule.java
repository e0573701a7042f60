package cn.lyg.talent.example.guanyun.internal;

import java.math.BigDecimal;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormExtension;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.Verdict;

/**
 * Guanyun county extends the city's gold card (Art.4.5) with a local condition (Art.9): the form
 * asks how many months the talent has been employed in the county, and a talent employed there
 * for less than the configured minimum is refused with the reason. The city's service itself,
 * and the gold card of every other jurisdiction, are untouched.
 */
@Component(service = {FormExtension.class, EligibilityRule.class}, configurationPid = GuanyunConfiguration.PID,
        // The feature writes the configuration: waiting for it means one activation, not one
        // with defaults and a second when the configuration arrives (with a moment between
        // them in which the county's version is missing).
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {ServiceOffering.SERVICE_CODE + "=gold-card", ServiceOffering.JURISDICTION + "=" + GuanyunGoldCardRule.GUANYUN})
@Designate(ocd = GuanyunConfiguration.class)
public class GuanyunGoldCardRule implements FormExtension, EligibilityRule {
    static final String GUANYUN = "320723";
    static final String MONTHS = "monthsEmployedInCounty";

    private final int minimumMonths;

    @Activate
    public GuanyunGoldCardRule(GuanyunConfiguration config) {
        if (config.minimumMonths() < 0 || config.minimumMonths() > 120) {
            // catalog:problems names the setting and the file, in Chinese and English.
            throw new ConfigurationRefused(GuanyunConfiguration.PID, Text.of(
                    "设置 minimumMonths 的值“" + config.minimumMonths() + "”无效：须是 0 到 120 之间的月数",
                    "setting minimumMonths is not valid, \"" + config.minimumMonths() + "\": it must be a number of months from 0 to 120"));
        }
        this.minimumMonths = config.minimumMonths();
    }

    @Override
    public List<FormField> fields() {
        FormField months = new FormField(MONTHS, FieldType.NUMBER, Text.of("在本县工作月数", "Months employed in Guanyun"), true);
        months.min = "0";
        months.max = "600";
        months.decimals = 0;
        months.hint = Text.of("灌云县规定：在本县工作满 " + minimumMonths + " 个月方可申领。",
                "Guanyun requires " + minimumMonths + " month(s) of employment in the county.");
        return List.of(months);
    }

    @Override
    public Verdict evaluate(Application application) {
        Object months = application.form.get(MONTHS);
        if (months instanceof BigDecimal m && m.intValue() >= minimumMonths) {
            return Verdict.eligible();
        }
        return Verdict.refused("GUANYUN_MINIMUM_MONTHS", MONTHS,
                "灌云县规定在本县工作满 " + minimumMonths + " 个月方可申领金卡。",
                "In Guanyun the gold card needs " + minimumMonths + " month(s) of employment in the county.");
    }
}
