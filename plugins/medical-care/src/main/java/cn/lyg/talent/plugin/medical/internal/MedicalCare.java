package cn.lyg.talent.plugin.medical.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.Choice;
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
import cn.lyg.talent.api.window.TicketAction;

/**
 * Medical care (Art.4.4), the city's service; unit: the health commission (Art.5). One service,
 * four matters: a designated hospital and liaison officer for the talent; the annual free health
 * examination, at most one per talent per calendar year, its results noted in the personal health
 * record (read through {@link HealthRecordResource}, access restricted and every read audited);
 * recuperation sessions with a capacity; the employer's supplementary insurance declaration.
 * <p>
 * The directory (hospitals, officers, sessions) is referenced greedily: a change re-registers
 * the service, so its form's choices and the guide follow the configuration.
 */
@Component(service = {ServiceOffering.class, EligibilityRule.class, ServiceHandler.class},
        property = ServiceOffering.SERVICE_CODE + "=" + MedicalCare.CODE)
public class MedicalCare implements ServiceOffering, EligibilityRule, ServiceHandler {
    static final String CODE = "medical-care";
    static final String MATTER = "matter";
    static final String HOSPITAL = "hospital";
    static final String EXAM_DATE = "examDate";
    static final String SESSION = "session";
    static final String INSURER = "insurer";
    static final String POLICY = "policyNumber";

    private final MedicalDirectory directory;
    private final MedicalRecords records;
    private final ServiceDefinition definition;

    @Activate
    public MedicalCare(@Reference(policyOption = ReferencePolicyOption.GREEDY) MedicalDirectory directory,
            @Reference MedicalRecords records) {
        this.directory = directory;
        this.records = records;
        this.definition = define();
    }

    private ServiceDefinition define() {
        ServiceDefinition d = new ServiceDefinition();
        d.code = CODE;
        d.article = "Art.4.4";
        d.name = Text.of("高层次人才医疗保障", "Medical care for high-level talents");
        d.description = Text.of("为高层次人才确定定点医院，实行医疗服务联络员制度；鼓励用人单位为人才购买补充医疗保险；每年安排一次免费健康体检并建立个人健康档案；定期组织疗休养。",
                "Designated hospitals and a medical liaison officer for each talent; employers are encouraged to buy supplementary medical insurance; one free health examination every year with a personal health record; regular recuperation.");
        d.units = List.of("HEALTH");
        d.guide.eligibility = Text.of("免费健康体检每人每个自然年度一次；疗休养按期报名，额满为止；个人健康档案仅本人、医疗服务联络员和卫生健康部门工作人员可以查阅，每次查阅均有记录。",
                "One free health examination per talent per calendar year; recuperation sessions by sign-up until full; the personal health record is open to the talent, the liaison officer and health staff only, and every read is recorded.");
        d.guide.materials.add(Text.of("本人身份证件", "Identity document"));
        d.guide.materials.add(Text.of("补充医疗保险申报：用人单位投保证明", "Insurance declaration: the employer's proof of the policy"));
        d.guide.steps.add(Text.of("选择办理事项，网上或到窗口提交", "Choose the matter and apply online or at the window"));
        d.guide.steps.add(Text.of("窗口受理（体检、疗休养此时预约名额）后转交市卫生健康委", "The window accepts (booking the examination or the recuperation seat) and passes it to the health commission"));
        d.guide.steps.add(Text.of("卫生健康委联系人才办理，体检结果记入个人健康档案", "The health commission contacts the talent; examination results go into the personal health record"));
        FormField matter = new FormField(MATTER, FieldType.CHOICE, Text.of("办理事项", "Matter"), true);
        for (Matter m : Matter.values()) {
            matter.choices.add(m.choice());
        }
        FormField hospital = new FormField(HOSPITAL, FieldType.CHOICE, Text.of("定点医院", "Designated hospital"), false);
        Set<String> names = new LinkedHashSet<>();
        directory.hospitals.forEach(h -> names.add(h.name()));
        names.forEach(n -> hospital.choices.add(new Choice(n, Text.of(n, n))));
        hospital.hint = Text.of("确定定点医院、预约体检时必填", "Required for a designated hospital or an examination");
        FormField date = new FormField(EXAM_DATE, FieldType.DATE, Text.of("体检日期", "Examination date"), false);
        date.min = "today";
        FormField session = new FormField(SESSION, FieldType.CHOICE, Text.of("疗休养期次", "Recuperation session"), false);
        directory.sessions.forEach(s -> session.choices.add(new Choice(s.key(), Text.of(s.title().zh + "（" + s.first() + "至" + s.last()
                + "，" + s.capacity() + "人）", s.title().en + " (" + s.first() + " to " + s.last() + ", " + s.capacity() + " places)"))));
        if (session.choices.isEmpty()) {
            session.type = FieldType.TEXT;
        }
        FormField insurer = new FormField(INSURER, FieldType.TEXT, Text.of("承保机构", "Insurer"), false);
        insurer.maxLength = 100;
        FormField policy = new FormField(POLICY, FieldType.TEXT, Text.of("保单号", "Policy number"), false);
        policy.maxLength = 60;
        d.form = List.of(matter, hospital, date, session, insurer, policy);
        return d;
    }

    @Override
    public ServiceDefinition definition() {
        return definition;
    }

    @Override
    public Verdict evaluate(Application a) {
        Matter m = Matter.of((String) a.form.get(MATTER));
        String hospital = (String) a.form.get(HOSPITAL);
        switch (m) {
            case DESIGNATED_HOSPITAL, HEALTH_EXAMINATION -> {
                if (hospital == null || directory.hospitals(a.jurisdiction).stream().noneMatch(h -> h.name().equals(hospital))) {
                    return Verdict.refused("HOSPITAL_NOT_DESIGNATED", HOSPITAL, "请选择本辖区的定点医院。",
                            "Choose a designated hospital of the talent's jurisdiction.");
                }
                if (m == Matter.HEALTH_EXAMINATION) {
                    LocalDate date = (LocalDate) a.form.get(EXAM_DATE);
                    if (date == null) {
                        return Verdict.refused("EXAM_DATE_REQUIRED", EXAM_DATE, "请选择体检日期。", "Choose the examination date.");
                    }
                    // Art.4.4: one free health examination every year.
                    if (records.activeExam(a.talent.id, date.getYear()).isPresent()) {
                        return Verdict.refused("EXAM_ALREADY_BOOKED", EXAM_DATE, date.getYear() + "年度已预约免费健康体检，每人每年一次。",
                                "The free health examination of " + date.getYear() + " is already booked: one per talent per year.");
                    }
                }
            }
            case RECUPERATION -> {
                MedicalDirectory.Session s = directory.session((String) a.form.get(SESSION)).orElse(null);
                if (s == null) {
                    return Verdict.refused("SESSION_REQUIRED", SESSION, "请选择疗休养期次。", "Choose a recuperation session.");
                }
                if (!s.first().isAfter(a.date)) {
                    return Verdict.refused("SESSION_STARTED", SESSION, "该期疗休养已开始，不能报名。", "This session has begun; sign-up is closed.");
                }
                if (records.seatsTaken(s.key()) >= s.capacity()) {
                    return Verdict.refused("SESSION_FULL", SESSION, "该期疗休养名额已满。", "This recuperation session is full.");
                }
                if (records.hasSeat(a.talent.id, s.key())) {
                    return Verdict.refused("ALREADY_SIGNED_UP", SESSION, "已报名该期疗休养。", "Already signed up for this session.");
                }
            }
            case INSURANCE_DECLARATION -> {
                if (a.form.get(INSURER) == null || a.form.get(POLICY) == null) {
                    // The field named is the one missing (the insurer first when both are).
                    return Verdict.refused("INSURANCE_DETAILS_REQUIRED", a.form.get(INSURER) == null ? INSURER : POLICY,
                            "请填写承保机构和保单号。",
                            "Give the insurer and the policy number.");
                }
            }
        }
        return Verdict.eligible();
    }

    @Override
    public Outcome handle(TicketTransition t) {
        Application a = t.application;
        Matter m = Matter.of((String) a.form.get(MATTER));
        return switch (t.action) {
            case SUBMIT -> new Outcome(Text.of("办理事项：" + m.name.zh + "。", "Matter: " + m.name.en + ".")).with(MATTER, m.name());
            case ACCEPT -> accept(t, m);
            case REJECT, WITHDRAW -> {
                // The booking or seat goes back, so the talent may apply again.
                records.cancelExam(t.ticketId);
                records.cancelSeat(t.ticketId);
                yield null;
            }
            case RESOLVE -> resolve(t, m);
            default -> null;
        };
    }

    /** Acceptance books what is limited: the year's examination, a recuperation seat. */
    private Outcome accept(TicketTransition t, Matter m) {
        Application a = t.application;
        if (m == Matter.HEALTH_EXAMINATION) {
            ExamBooking b = records.bookExam(t.ticketId, a.talent.id, (LocalDate) a.form.get(EXAM_DATE), (String) a.form.get(HOSPITAL));
            return new Outcome(Text.of("已预约" + b.date + "在" + b.hospital + "体检。", "Examination booked at " + b.hospital + " on " + b.date + "."))
                    .with("examDate", b.date.toString()).with(HOSPITAL, b.hospital);
        }
        if (m == Matter.RECUPERATION) {
            MedicalDirectory.Session s = directory.session((String) a.form.get(SESSION)).orElseThrow(
                    () -> refusal("SESSION_REQUIRED", SESSION, "该期疗休养已取消。", "This session no longer exists."));
            SessionSeat seat = records.takeSeat(t.ticketId, a.talent.id, s);
            return new Outcome(Text.of("已报名" + s.title().zh + "（" + s.first() + "至" + s.last() + "）。",
                    "Signed up for " + s.title().en + " (" + s.first() + " to " + s.last() + ")."))
                    .with(SESSION, s.key()).with("seat", seat.seatKey.substring(seat.seatKey.indexOf('|') + 1));
        }
        return null;
    }

    private Outcome resolve(TicketTransition t, Matter m) {
        Application a = t.application;
        switch (m) {
            case DESIGNATED_HOSPITAL -> {
                String officer = value(t, "officer", "医疗服务联络员账号", "the liaison officer's account");
                MedicalDirectory.Officer o = directory.officers(a.jurisdiction).stream().filter(x -> x.account().equals(officer))
                        .findFirst().orElseThrow(() -> refusal("OFFICER_UNKNOWN", "values.officer", "该联络员不在本辖区名单中。",
                                "No such liaison officer for the talent's jurisdiction."));
                Assignment as = records.assign(t.ticketId, a.talent.id, (String) a.form.get(HOSPITAL), o.account(), t.actor);
                return new Outcome(Text.of("定点医院：" + as.hospital + "；医疗服务联络员：" + o.name() + "。",
                        "Designated hospital: " + as.hospital + "; liaison officer: " + o.name() + "."))
                        .with(HOSPITAL, as.hospital).with("officer", o.account());
            }
            case HEALTH_EXAMINATION -> {
                String results = value(t, "results", "体检结果", "the examination results");
                ExamBooking exam = records.exam(t.ticketId).filter(b -> b.activeKey != null).orElseThrow(
                        () -> refusal("EXAM_NOT_BOOKED", "values.results", "本事项没有有效的体检预约。", "This request has no standing booking."));
                records.note(t.ticketId, a.talent.id, a.talent.account, a.jurisdiction, exam, results, t.actor);
                // The results go into the personal health record only: the ticket, which clerks read, does not carry them.
                return new Outcome(Text.of(exam.date + "体检结果已记入个人健康档案。", "The results of the examination of " + exam.date
                        + " are in the personal health record.")).with("examDate", exam.date.toString());
            }
            case RECUPERATION -> {
                return new Outcome(Text.of("疗休养已安排。", "The recuperation is arranged.")).with(SESSION, (String) a.form.get(SESSION));
            }
            case INSURANCE_DECLARATION -> {
                return new Outcome(Text.of("已记录用人单位补充医疗保险：" + a.form.get(INSURER) + "，保单号" + a.form.get(POLICY) + "。",
                        "Employer's supplementary insurance recorded: " + a.form.get(INSURER) + ", policy " + a.form.get(POLICY) + "."))
                        .with(INSURER, (String) a.form.get(INSURER)).with(POLICY, (String) a.form.get(POLICY));
            }
            default -> throw new IllegalStateException(m.name());
        }
    }

    private static String value(TicketTransition t, String key, String zh, String en) {
        String v = t.values.get(key);
        if (v == null || v.isBlank()) {
            throw refusal("VALUE_REQUIRED", "values." + key, "请填写" + zh + "。", "Give " + en + ".");
        }
        return v.strip();
    }

    static Refusal refusal(String code, String field, String zh, String en) {
        return Refusal.invalid(code, field.startsWith("values.") ? field : "form." + field, zh, en);
    }
}
