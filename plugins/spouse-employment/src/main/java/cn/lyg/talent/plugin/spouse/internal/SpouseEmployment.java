package cn.lyg.talent.plugin.spouse.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
import cn.lyg.talent.api.registry.Spouse;
import cn.lyg.talent.api.window.TicketAction;

/**
 * Spouse employment (Art.4.1), the city's service; units: the Talent Office with HRSS and the
 * staffing office (Art.5). Three routes; on resolving, the unit records where the spouse goes.
 * A recommendation into a public institution without a free staffing quota counts only with the
 * staffing office's approval to "take in first, release later" (先进后出), recorded apart
 * ({@code spouse:staffing-decision}).
 */
@Component(service = {ServiceOffering.class, EligibilityRule.class, ServiceHandler.class},
        property = ServiceOffering.SERVICE_CODE + "=" + SpouseEmployment.CODE)
public class SpouseEmployment implements ServiceOffering, EligibilityRule, ServiceHandler {
    static final String CODE = "spouse-employment";
    static final String ROUTE = "route";
    static final String CONFIRMATION = "employerConfirmation";
    static final String DIFFICULTY = "difficulty";
    static final String UNIT = "receivingUnit";
    static final String KIND = "receivingKind";
    static final String QUOTA = "quotaAvailable";
    static final String JOBS = "jobsRecommended";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final StaffingDecisions decisions;
    private final ServiceDefinition definition = define();

    @Activate
    public SpouseEmployment(@Reference StaffingDecisions decisions) {
        this.decisions = decisions;
    }

    private static ServiceDefinition define() {
        ServiceDefinition d = new ServiceDefinition();
        d.code = CODE;
        d.article = "Art.4.1";
        d.name = Text.of("高层次人才配偶就业", "Employment for high-level talents' spouses");
        d.description = Text.of("按照“双向选择为主、统筹安排为辅”的原则，原则上由人才所在单位安排配偶工作；确有困难的，经申请，根据配偶原单位性质、本人身份和专业基本对口的原则推荐到相应单位；待业配偶纳入全市公共就业服务体系，多渠道推荐就业、提供免费就业服务。接收的事业单位无空余编制的，经编制部门批准，可先进后出。",
                "Two-way choice first, coordinated allocation second: in principle the talent's employer arranges the spouse's job; where that is truly difficult, on application, the spouse is recommended to a corresponding unit by the nature of the original employer, personal status and speciality; a spouse awaiting work joins the city's public employment service. A public institution without a free staffing quota may take the spouse in first and release a post later, with the staffing office's approval.");
        d.units = List.of("TALENT_OFFICE", "HRSS", "STAFFING");
        d.guide.eligibility = Text.of("配偶须已登记在人才档案中（含原单位性质、本人身份、专业）；选择推荐安置的，须说明用人单位安排确有困难。",
                "The spouse must be in the talent's record (with the original employer's nature, personal status and speciality); for a recommendation, say why the employer cannot arrange it.");
        d.guide.materials.add(Text.of("用人单位安排的：用人单位出具的安排确认函", "Employer-arranged: the employer's letter confirming the arrangement"));
        d.guide.materials.add(Text.of("配偶身份证件、学历学位证书、原单位工作证明", "The spouse's identity document, degree certificates and proof of the former employment"));
        d.guide.steps.add(Text.of("选择安置途径，网上或到窗口提交申请", "Choose the route and apply online or at the window"));
        d.guide.steps.add(Text.of("市人才办会同人社局对口推荐，或纳入公共就业服务", "The Talent Office with HRSS recommends to a corresponding unit, or enrols the spouse in the public employment service"));
        d.guide.steps.add(Text.of("接收事业单位无空余编制的，报编制部门审批“先进后出”", "Where the receiving public institution has no free quota, the staffing office decides on taking in first"));
        d.guide.timeLimits = Text.of("涉及编制审批的，以编制部门审批为准，期间办理部门应按第七条说明情况并报窗口备案。",
                "Where staffing approval is needed, the unit explains and files a record with the window under Art.7 while it is pending.");
        FormField route = new FormField(ROUTE, FieldType.CHOICE, Text.of("安置途径", "Route"), true);
        for (Route r : Route.values()) {
            route.choices.add(r.choice());
        }
        FormField confirmation = new FormField(CONFIRMATION, FieldType.ATTACHMENT, Text.of("用人单位安排确认函", "Employer's confirmation"), false);
        confirmation.hint = Text.of("选择“用人单位安排”的必填", "Required for an employer-arranged job");
        FormField difficulty = new FormField(DIFFICULTY, FieldType.TEXT, Text.of("用人单位安排困难的情况", "Why the employer cannot arrange it"), false);
        difficulty.maxLength = 1000;
        difficulty.hint = Text.of("选择“对口推荐安置”的必填", "Required for a recommendation");
        FormField wish = new FormField("desiredWork", FieldType.TEXT, Text.of("意向岗位", "Work wished for"), false);
        wish.maxLength = 200;
        d.form = List.of(route, confirmation, difficulty, wish);
        return d;
    }

    @Override
    public ServiceDefinition definition() {
        return definition;
    }

    /** Art.4.1: the spouse is on record; each route has what it needs. */
    @Override
    public Verdict evaluate(Application a) {
        Spouse spouse = a.talent.spouse;
        if (spouse == null) {
            return Verdict.refused("SPOUSE_NOT_REGISTERED", "人才档案中没有登记配偶信息，请先更新人才信息。",
                    "The talent's record has no spouse; update the record first.");
        }
        Route route = Route.of((String) a.form.get(ROUTE));
        switch (route) {
            case EMPLOYER_ARRANGED -> {
                if (a.form.get(CONFIRMATION) == null) {
                    return Verdict.refused("EMPLOYER_CONFIRMATION_REQUIRED", CONFIRMATION, "用人单位安排的，须提交用人单位的确认函。",
                            "An employer-arranged job needs the employer's confirmation.");
                }
            }
            case RECOMMENDATION -> {
                if (a.form.get(DIFFICULTY) == null) {
                    return Verdict.refused("DIFFICULTY_REQUIRED", DIFFICULTY, "推荐安置须说明用人单位安排确有困难的情况。",
                            "A recommendation is on application where the employer truly cannot arrange it: say why.");
                }
                if (ReceivingKind.matching(spouse).isEmpty()) {
                    return Verdict.refused("RECOMMENDATION_NEEDS_STATUS", ROUTE, "配偶目前无公务员、事业单位或企业职工身份，请选择“纳入公共就业服务”。",
                            "The spouse has no status as civil servant, public-institution staff or employee: choose the public employment service.");
                }
                if (spouse.speciality == null || spouse.speciality.isBlank()) {
                    return Verdict.refused("SPECIALITY_REQUIRED", "推荐安置按专业对口，请在人才档案中登记配偶的专业。",
                            "A recommendation matches the speciality: record the spouse's speciality first.");
                }
            }
            case PUBLIC_EMPLOYMENT_SERVICE -> {
                // Any spouse may be enrolled.
            }
        }
        return Verdict.eligible();
    }

    @Override
    public Outcome handle(TicketTransition t) {
        if (t.action != TicketAction.SUBMIT && t.action != TicketAction.RESOLVE) {
            return null;
        }
        Spouse spouse = t.application.talent.spouse;
        Route route = Route.of((String) t.application.form.get(ROUTE));
        Optional<ReceivingKind> kind = ReceivingKind.matching(spouse);
        if (t.action == TicketAction.SUBMIT) {
            Outcome o = new Outcome().with("route", route.name());
            if (route == Route.RECOMMENDATION && kind.isPresent()) {
                o.with("receivingKind", kind.get().name()).with("speciality", spouse.speciality);
                o.summary = Text.of("对口推荐到" + kind.get().name.zh + "（专业：" + spouse.speciality + "）。",
                        "Recommendation to a " + kind.get().name.en.toLowerCase() + " (speciality: " + spouse.speciality + ").");
            } else {
                o.summary = Text.of("安置途径：" + route.name.zh + "。", "Route: " + route.name.en + ".");
            }
            return o;
        }
        LocalDate on = LocalDate.ofInstant(t.at, ZONE);
        return switch (route) {
            case EMPLOYER_ARRANGED -> {
                String unit = required(t, UNIT, "安排的工作单位", "the unit the spouse works in");
                yield new Outcome(Text.of("用人单位已安排配偶到" + unit + "工作（" + on + "）。", "The employer placed the spouse at " + unit + " (" + on + ")."))
                        .with("route", route.name()).with(UNIT, unit).with("decidedOn", on.toString());
            }
            // The record may have changed since submission (the spouse removed or their status gone).
            case RECOMMENDATION -> recommendation(t, kind.orElseThrow(() -> Refusal.invalid("RECOMMENDATION_NEEDS_STATUS",
                    "values." + KIND, "人才档案中的配偶目前无公务员、事业单位或企业职工身份（或已无配偶信息），无法对口推荐；请核实人才档案。",
                    "The talent's record no longer shows a spouse who is a civil servant, public-institution staff or employee:"
                            + " a matched recommendation is not possible; check the record.")), on);
            case PUBLIC_EMPLOYMENT_SERVICE -> {
                String jobs = required(t, JOBS, "推荐的岗位", "the jobs recommended");
                yield new Outcome(Text.of("配偶已纳入公共就业服务（" + on + "），推荐岗位：" + jobs + "；享受免费就业服务。",
                        "The spouse joined the public employment service (" + on + "); jobs recommended: " + jobs + "; free employment services."))
                        .with("route", route.name()).with(JOBS, jobs).with("enrolledOn", on.toString());
            }
        };
    }

    /** A recommendation: the receiving unit of the matched kind; without a quota, only with the staffing office's approval. */
    private Outcome recommendation(TicketTransition t, ReceivingKind matched, LocalDate on) {
        String unit = required(t, UNIT, "接收单位", "the receiving unit");
        String kindKey = t.values.get(KIND);
        if (kindKey == null || !kindKey.strip().equals(matched.name())) {
            throw Refusal.invalid("RECEIVING_KIND_MISMATCH", "values." + KIND, "接收单位类别须与配偶身份对口：" + matched.name.zh + "（" + matched.name() + "）。",
                    "The receiving unit must be of the kind matching the spouse: " + matched.name.en + " (" + matched.name() + ").");
        }
        Outcome o = new Outcome().with("route", Route.RECOMMENDATION.name()).with(UNIT, unit).with(KIND, matched.name())
                .with("decidedOn", on.toString());
        if (matched == ReceivingKind.PUBLIC_INSTITUTION && !"true".equals(t.values.get(QUOTA))) {
            if (!"false".equals(t.values.get(QUOTA))) {
                throw Refusal.invalid("QUOTA_REQUIRED", "values." + QUOTA, "请说明接收单位是否有空余编制（true/false）。",
                        "Say whether the receiving institution has a free staffing quota (true/false).");
            }
            StaffingDecision d = decisions.latest(t.ticketId).filter(x -> x.approved && x.receivingUnit.equals(unit))
                    .orElseThrow(() -> Refusal.invalid("TAKE_IN_FIRST_NOT_APPROVED", "values." + QUOTA,
                            "接收单位无空余编制，须经编制部门批准“先进后出”后方可办结。",
                            "Without a free quota the placement counts only once the staffing office approves taking in first."));
            // Recorded in UTC; the day is the one in Lianyungang (an approval at 07:00 is that day's).
            LocalDate approvedOn = d.decidedAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDate();
            o.with("takeInFirstApprovedOn", approvedOn.toString()).with("takeInFirstApprovedBy", d.decidedBy);
            o.summary = Text.of("配偶经对口推荐到" + unit + "（事业单位，编制部门" + approvedOn + "批准先进后出）。",
                    "The spouse was recommended to " + unit + " (public institution; taking in first approved by the staffing office on " + approvedOn + ").");
            return o;
        }
        o.summary = Text.of("配偶经对口推荐到" + unit + "（" + matched.name.zh + "）。",
                "The spouse was recommended to " + unit + " (" + matched.name.en + ").");
        return o;
    }

    private static String required(TicketTransition t, String key, String zh, String en) {
        String v = t.values.get(key);
        if (v == null || v.isBlank()) {
            throw Refusal.invalid("VALUE_REQUIRED", "values." + key, "请填写" + zh + "。", "Give " + en + ".");
        }
        return v.strip();
    }

}
