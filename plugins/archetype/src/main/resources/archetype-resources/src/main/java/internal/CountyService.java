package ${package}.internal;

import static ${package}.internal.Texts.TEXTS;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.registry.TalentClass;

/**
 * The ${serviceCode} service (Art.9): what it is, its form and guide, and the county's own
 * condition on the talent's class, checked on every submission after the platform's own rule
 * (class D or above, Art.3).
 */
@Component(service = {ServiceOffering.class, EligibilityRule.class}, configurationPid = CountyServiceConfiguration.PID,
        property = {ServiceOffering.SERVICE_CODE + "=" + CountyService.CODE,
                // The county's rule applies where its service does (empty: the whole city).
                ServiceOffering.JURISDICTION + "=" + CountyService.JURISDICTION})
@Designate(ocd = CountyServiceConfiguration.class)
public class CountyService implements ServiceOffering, EligibilityRule {
    static final String CODE = "${serviceCode}";
    static final String JURISDICTION = "${jurisdiction}";

    private final TalentClass lowest;
    private final ServiceDefinition definition;

    @Activate
    public CountyService(CountyServiceConfiguration config) {
        // A bad setting is reported, not swallowed: the component does not start, and the county's
        // operator reads why in catalog:problems, in Chinese and English.
        try {
            this.lowest = TalentClass.valueOf(config.lowestClass().strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationRefused(CountyServiceConfiguration.PID, TEXTS.text("config.lowestClass", config.lowestClass()));
        }
        if (lowest == TalentClass.E) {
            // Art.3: the platform serves talents of class D and above.
            throw new ConfigurationRefused(CountyServiceConfiguration.PID, TEXTS.text("config.lowestClass", config.lowestClass()));
        }
        this.definition = define();
    }

    private ServiceDefinition define() {
        ServiceDefinition d = new ServiceDefinition();
        d.code = CODE;
        d.jurisdiction = JURISDICTION.isBlank() ? null : JURISDICTION;
        d.article = "Art.9";
        d.name = TEXTS.text("definition.name");
        d.description = TEXTS.text("definition.description");
        d.units = List.of("${unit}");
        d.guide.eligibility = TEXTS.text("guide.eligibility", lowest);
        d.guide.steps.add(TEXTS.text("guide.step.1"));
        d.guide.steps.add(TEXTS.text("guide.step.2"));
        FormField when = new FormField("preferredDate", FieldType.DATE, TEXTS.text("form.preferredDate.label"), true);
        when.min = "today";
        d.form = List.of(when);
        return d;
    }

    @Override
    public ServiceDefinition definition() {
        return definition;
    }

    @Override
    public Verdict evaluate(Application application) {
        TalentClass current = application.talent == null ? null : application.talent.currentClass;
        if (current != null && current.compareTo(lowest) <= 0) {
            return Verdict.eligible();
        }
        Text why = TEXTS.text("refusal.CLASS_TOO_LOW", lowest);
        return Verdict.refused("CLASS_TOO_LOW", why.zh, why.en);
    }
}
