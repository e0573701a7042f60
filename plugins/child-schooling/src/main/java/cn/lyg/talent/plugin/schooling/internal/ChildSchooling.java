package cn.lyg.talent.plugin.schooling.internal;

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
        d.name = Text.of("高层次人才子女入学", "Schooling for high-level talents' children");
        d.description = Text.of("高层次人才子女就读学前教育和义务教育阶段学校，不论户籍是否迁入，均实行免试就近入学；C类及以上人才和具有博士学位人才的子女优先安排到优质中小学（幼儿园）就读，其他高层次人才子女享受本地户籍人员子女同等入学政策。从外市转入高中阶段就读的，安排到三星级及以上高中就读。",
                "Children of high-level talents enter preschool and compulsory education exam-free in the nearest school, whether or not their household registration has moved to the city; children of class C or above talents and of doctorate holders get priority placement in high-quality schools (kindergartens), children of other high-level talents the same enrolment policy as local residents' children. A child transferring from another city into senior high school is placed in a three-star or above high school.");
        d.units = List.of("EDUCATION");
        d.guide.eligibility = Text.of("申请的子女须已登记在人才档案中，年龄与申请的学段相符（按当年8月31日计算：幼儿园3至5周岁，小学6至12周岁，初中12至15周岁，高中15至18周岁）；高中阶段限从外市转入。一名子女一份申请。",
                "The child must be in the talent's record and of an age that fits the stage (on 31 August of the year: kindergarten 3 to 5, primary 6 to 12, junior secondary 12 to 15, senior high 15 to 18); senior high only for a transfer from another city. One application per child.");
        d.guide.materials.add(Text.of("子女出生医学证明或户口簿", "The child's birth certificate or household register"));
        d.guide.materials.add(Text.of("外市转学的，原就读学校学籍证明", "For a transfer: the former school's enrolment record"));
        d.guide.steps.add(Text.of("网上或到一站式窗口提交申请，系统确定适用的入学安排类别", "Apply online or at the one-stop window; the placement category is decided at once"));
        d.guide.steps.add(Text.of("窗口1个工作日内转交市教育局", "The window passes it to the Education Bureau within 1 working day"));
        d.guide.steps.add(Text.of("教育局联系人才并落实具体学校，答复并反馈窗口", "The Education Bureau contacts the talent, names the school and replies"));
        d.guide.contact = Text.of("连云港市高层次人才“一站式”服务窗口；市教育局", "The city's one-stop window for high-level talents; the Municipal Education Bureau");
        FormField child = new FormField(CHILD, FieldType.TEXT, Text.of("子女姓名", "Child's name"), true);
        child.maxLength = 50;
        child.hint = Text.of("须与人才档案中登记的子女姓名一致", "As registered in the talent's record");
        FormField stage = new FormField(STAGE, FieldType.CHOICE, Text.of("申请学段", "Stage"), true);
        for (Stage s : Stage.values()) {
            stage.choices.add(s.choice());
        }
        FormField transfer = new FormField(TRANSFER, FieldType.YES_NO, Text.of("是否从外市转入", "Transferring from another city"), true);
        FormField hukou = new FormField(HUKOU, FieldType.TEXT, Text.of("子女户籍所在地", "The child's household registration (hukou)"), false);
        hukou.maxLength = 100;
        hukou.hint = Text.of("学前和义务教育阶段，户籍是否迁入不影响入学安排", "For preschool and compulsory education it does not affect the placement");
        d.form = List.of(child, stage, transfer, hukou);
        return d;
    }

    @Override
    public ServiceDefinition definition() {
        return definition;
    }

    /** Art.4.2: the child is the talent's, of an age for the stage; senior high for transfers only. */
    @Override
    public Verdict evaluate(Application a) {
        Optional<Child> child = SchoolingRules.child(a.talent, (String) a.form.get(CHILD));
        if (child.isEmpty()) {
            return Verdict.refused("CHILD_NOT_REGISTERED", CHILD, "人才档案中没有登记该子女，请先更新人才信息。",
                    "No such child in the talent's record; update the record first.");
        }
        Stage stage = Stage.of((String) a.form.get(STAGE));
        if (!SchoolingRules.ageFits(child.get(), stage, a.date)) {
            return Verdict.refused("AGE_NOT_FIT_STAGE", STAGE,
                    "子女年龄与" + stage.name.zh + "阶段不符（当年8月31日须为" + stage.minAge + "至" + stage.maxAge + "周岁）。",
                    "The child's age does not fit " + stage.name.en + " (" + stage.minAge + " to " + stage.maxAge
                            + " on 31 August).");
        }
        if (SchoolingRules.placement(a.talent, stage, Boolean.TRUE.equals(a.form.get(TRANSFER))).isEmpty()) {
            return Verdict.refused("SENIOR_HIGH_TRANSFER_ONLY", TRANSFER, "高中阶段的入学安排限于从外市转入的子女。",
                    "For senior high school the measures cover children transferring from another city only.");
        }
        return Verdict.eligible();
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
            String nearbyZh = stage.compulsoryOrPreschool ? "；免试就近入学" : "";
            String nearbyEn = stage.compulsoryOrPreschool ? "; exam-free enrolment in the nearest school" : "";
            return new Outcome(Text.of(child + "（" + stage.name.zh + "）：" + placement.text.zh + nearbyZh + "。",
                    child + " (" + stage.name.en + "): " + placement.text.en + nearbyEn + "."))
                    .with("category", placement.name()).with("stage", stage.key).with("child", child);
        }
        String school = t.values.get(SCHOOL);
        List<SchoolLists.School> listed = lists.schools(placement, t.jurisdiction);
        boolean hasList = placement != Placement.LOCAL_RESIDENT_POLICY;
        if (school == null || school.isBlank() || hasList && listed.stream().noneMatch(s -> s.name().equals(school.strip()))) {
            List<String> names = new ArrayList<>();
            listed.forEach(s -> names.add(s.name()));
            String zh = hasList ? "请从本辖区" + placement.text.zh + "的学校名单中选择：" + String.join("、", names)
                    : "请填写安排就读的学校。";
            String en = hasList ? "Name a school from the jurisdiction's list for this category: " + String.join(", ", names)
                    : "Name the school the child is placed in.";
            throw new Refusal(Refusal.Kind.INVALID, "SCHOOL_REQUIRED", zh, en, List.of(new FieldError("values." + SCHOOL,
                    hasList ? "SCHOOL_NOT_LISTED" : "REQUIRED", zh, en)));
        }
        return new Outcome(Text.of("已安排" + child + "入读" + school.strip() + "（" + placement.text.zh + "）。",
                child + " is placed in " + school.strip() + " (" + placement.text.en + ")."))
                .with("category", placement.name()).with("school", school.strip()).with("child", child);
    }
}
