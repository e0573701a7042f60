package cn.lyg.talent.plugin.schooling.internal;

import static cn.lyg.talent.plugin.schooling.internal.Texts.TEXTS;

import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.EligibilityRule;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.ServiceHandler;
import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.window.TicketAction;

/**
 * Children's schooling (Art.4.2), the city's service; responsible unit: the Education Bureau
 * (Art.5). One ticket is for one child of the talent's record. On submission the placement
 * category is decided and recorded; on resolving, the unit names the school, which must be on the
 * jurisdiction's list for the category.
 */
@Component(service = {ServiceOffering.class, EligibilityRule.class, ServiceHandler.class},
        property = ServiceOffering.SERVICE_CODE + "=" + ChildSchooling.CODE)
public class ChildSchooling implements ServiceOffering, EligibilityRule, ServiceHandler {
    static final String CODE = "child-schooling";
    static final String CHILD = "childName";
    static final String STAGE = "stage";
    static final String TRANSFER = "transferFromOtherCity";
    static final String HUKOU = "hukouLocation";
    static final String SCHOOL = "school";

    private final SchoolLists lists;
    private final ServiceDefinition definition = define();

    @Activate
    public ChildSchooling(@Reference SchoolLists lists) {
        this.lists = lists;
    }

    private static ServiceDefinition define() {
        ServiceDefinition d = new ServiceDefinition();
        d.code = CODE;
        d.article = "Art.4.2";
        d.name = TEXTS.text("definition.name");
        d.description = TEXTS.text("definition.description");
        d.units = List.of("EDUCATION");
        d.guide.eligibility = TEXTS.text("guide.eligibility");
        d.guide.materials.add(TEXTS.text("guide.material.1"));
        d.guide.materials.add(TEXTS.text("guide.material.2"));
        d.guide.steps.add(TEXTS.text("guide.step.1"));
        d.guide.steps.add(TEXTS.text("guide.step.2"));
        d.guide.steps.add(TEXTS.text("guide.step.3"));
        d.guide.contact = TEXTS.text("guide.contact");
        FormField child = new FormField(CHILD, FieldType.TEXT, TEXTS.text("form.childName.label"), true);
        child.maxLength = 50;
        child.hint = TEXTS.text("form.childName.hint");
        FormField stage = new FormField(STAGE, FieldType.CHOICE, TEXTS.text("form.stage.label"), true);
        for (Stage s : Stage.values()) {
            stage.choices.add(s.choice());
        }
        FormField transfer = new FormField(TRANSFER, FieldType.YES_NO, TEXTS.text("form.transferFromOtherCity.label"), true);
        FormField hukou = new FormField(HUKOU, FieldType.TEXT, TEXTS.text("form.hukouLocation.label"), false);
        hukou.maxLength = 100;
        hukou.hint = TEXTS.text("form.hukouLocation.hint");
        d.form = List.of(child, stage, transfer, hukou);
        return d;
    }

    @Override
    public ServiceDefinition definition() {
        return definition;
    }

    /**
     * Art.4.2: the child is the talent's, of an age for the stage (senior high for transfers only),
     * with no other request under way.
     */
    @Override
    public Verdict evaluate(Application a) {
        Optional<Child> child = SchoolingRules.child(a.talent, (String) a.form.get(CHILD));
        if (child.isEmpty()) {
            return refused("CHILD_NOT_REGISTERED", CHILD);
        }
        Stage stage = Stage.of((String) a.form.get(STAGE));
        if (!SchoolingRules.ageFits(child.get(), stage, a.date)) {
            return refused("AGE_NOT_FIT_STAGE", STAGE, stage.name, stage.minAge, stage.maxAge);
        }
        if (SchoolingRules.placement(a.talent, stage, Boolean.TRUE.equals(a.form.get(TRANSFER))).isEmpty()) {
            return refused("SENIOR_HIGH_TRANSFER_ONLY", TRANSFER);
        }
        // One request per child at a time: two would both be resolved, into two schools.
        for (var open : a.openRequestForms.entrySet()) {
            if (child.get().name.equals(open.getValue().get(CHILD))) {
                return refused("CHILD_PENDING", CHILD, child.get().name, open.getKey());
            }
        }
        return Verdict.eligible();
    }

    /** The school arranged, on resolving only. */
    @Override
    public Set<String> valueNames(TicketAction action) {
        return action == TicketAction.RESOLVE ? Set.of(SCHOOL) : Set.of();
    }

    @Override
    public Outcome handle(TicketTransition t) {
        if (t.action != TicketAction.SUBMIT && t.action != TicketAction.RESOLVE) {
            return null;
        }
        Application a = t.application;
        Stage stage = Stage.of((String) a.form.get(STAGE));
        String child = (String) a.form.get(CHILD);
        Placement placement = SchoolingRules.placement(a.talent, stage, Boolean.TRUE.equals(a.form.get(TRANSFER)))
                .orElseThrow(() -> new IllegalStateException("no placement for an application the rule let through"));
        if (t.action == TicketAction.SUBMIT) {
            return new Outcome(TEXTS.text(stage.compulsoryOrPreschool ? "outcome.submitted.nearby" : "outcome.submitted",
                    child, stage.name, placement.text))
                    .with("category", placement.name()).with("stage", stage.key).with("child", child);
        }
        String school = t.values.get(SCHOOL);
        List<SchoolLists.School> listed = lists.schools(placement, t.jurisdiction);
        boolean hasList = placement != Placement.LOCAL_RESIDENT_POLICY;
        if (school == null || school.isBlank() || hasList && listed.stream().noneMatch(s -> s.name().equals(school.strip()))) {
            List<String> names = new ArrayList<>();
            listed.forEach(s -> names.add(s.name()));
            Text why = hasList ? TEXTS.text("failure.SCHOOL_NOT_LISTED", placement.text, TEXTS.join("failure.SCHOOL_NOT_LISTED.more",
                    names.stream().map(n -> Text.of(n, n)).toList())) : TEXTS.text("failure.SCHOOL_REQUIRED");
            // The refusal's code is the field's: the school is missing (the text still names the
            // schools listed) or not on the list.
            boolean missing = school == null || school.isBlank();
            throw new Refusal(Refusal.Kind.INVALID, missing ? "SCHOOL_REQUIRED" : "SCHOOL_NOT_LISTED", why.zh, why.en,
                    List.of(new FieldError("values." + SCHOOL, missing ? "REQUIRED" : "SCHOOL_NOT_LISTED", why.zh, why.en)));
        }
        return new Outcome(TEXTS.text("outcome.placed", child, school.strip(), placement.text))
                .with("category", placement.name()).with("school", school.strip()).with("child", child);
    }

    /** An application refused with the text {@code refusal.<code>}, about {@code field}. */
    private static Verdict refused(String code, String field, Object... args) {
        Text t = TEXTS.text("refusal." + code, args);
        return Verdict.refused(code, field, t.zh, t.en);
    }
}
