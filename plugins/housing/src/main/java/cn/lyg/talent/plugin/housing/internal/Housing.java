package cn.lyg.talent.plugin.housing.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

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
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.window.TicketAction;

/**
 * Housing support (Art.4.3), the city's service; units: HRSS and the Housing Bureau (Art.5). The
 * talent chooses the forms of support; the terms of the talent's jurisdiction say which classes
 * may have which form, the amounts and which forms exclude each other. On resolving, the unit
 * gives the start date (and the apartment) and the grants go into the ledger.
 * <p>
 * The terms are referenced statically: a change of any jurisdiction's terms re-registers the
 * service, so the catalog publishes a new revision of the guide, which shows them.
 */
@Component(service = {ServiceOffering.class, EligibilityRule.class, ServiceHandler.class},
        property = ServiceOffering.SERVICE_CODE + "=" + Housing.CODE)
public class Housing implements ServiceOffering, EligibilityRule, ServiceHandler {
    private static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

    static final String CODE = "housing";
    static final String FORMS = "forms";
    static final String START = "startDate";
    static final String APARTMENT = "apartment";

    private final List<HousingTerms> terms;
    private final JurisdictionDirectory jurisdictions;
    private final GrantLedger ledger;
    private final ServiceDefinition definition;

    @Activate
    public Housing(@Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<HousingTerms> terms, @Reference JurisdictionDirectory jurisdictions, @Reference GrantLedger ledger) {
        this.terms = List.copyOf(terms);
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.definition = define();
    }

    /** The terms in force for a jurisdiction: its own, else the nearest enclosing one's (the city's). */
    Optional<HousingTerms> termsFor(String jurisdiction) {
        return terms.stream().filter(t -> jurisdictions.covers(t.jurisdiction, jurisdiction))
                .max(Comparator.comparingInt(t -> depth(t.jurisdiction)));
    }

    private int depth(String code) {
        int d = 0;
        for (String at = code; at != null && d < 10; d++) {
            at = jurisdictions.get(at).map((Jurisdiction j) -> j.parentCode).orElse(null);
        }
        return d;
    }

    private ServiceDefinition define() {
        ServiceDefinition d = new ServiceDefinition();
        d.code = CODE;
        d.article = "Art.4.3";
        d.name = Text.of("高层次人才安居保障", "Housing support for high-level talents");
        d.description = Text.of("通过人才公寓、购房券、生活补贴、用人单位自建人才房等多种形式，解决高层次人才住房问题，具体按《连云港市人才安居办法（试行）》执行。",
                "Talent apartments, home-purchase vouchers, living subsidies, employer-built talent housing and other forms, under the Lianyungang Talent Housing Measures (Trial).");
        d.units = List.of("HRSS", "HOUSING");
        StringBuilder zh = new StringBuilder("各辖区的安居条件与标准（元）：");
        StringBuilder en = new StringBuilder("Terms per jurisdiction (yuan): ");
        for (HousingTerms t : terms.stream().sorted(Comparator.comparing((HousingTerms x) -> x.jurisdiction)).toList()) {
            String name = jurisdictionName(t, true);
            String nameEn = jurisdictionName(t, false);
            zh.append(name).append("：人才公寓限").append(classes(t, SupportForm.TALENT_APARTMENT)).append("类，免租")
                    .append(t.rentFreeMonths).append("个月，之后月租").append(t.monthlyRent).append("元；购房券").append(amounts(t.voucher, t, SupportForm.PURCHASE_VOUCHER))
                    .append("；生活补贴每月").append(amounts(t.subsidy, t, SupportForm.LIVING_SUBSIDY)).append("，发放")
                    .append(t.subsidyMonths).append("个月；用人单位自建人才房限").append(classes(t, SupportForm.EMPLOYER_HOUSING))
                    .append("类；不可同时享受：").append(pairs(t, true)).append("。");
            en.append(nameEn).append(": talent apartment for classes ").append(classes(t, SupportForm.TALENT_APARTMENT))
                    .append(", rent-free ").append(t.rentFreeMonths).append(" months, then ").append(t.monthlyRent)
                    .append(" a month; purchase voucher ")
                    .append(amounts(t.voucher, t, SupportForm.PURCHASE_VOUCHER)).append("; living subsidy per month ")
                    .append(amounts(t.subsidy, t, SupportForm.LIVING_SUBSIDY)).append(" for ").append(t.subsidyMonths)
                    .append(" months; employer-built housing for classes ").append(classes(t, SupportForm.EMPLOYER_HOUSING))
                    .append("; not together: ").append(pairs(t, false)).append(". ");
        }
        d.guide.eligibility = Text.of(zh.toString(), en.toString().strip());
        d.guide.materials.add(Text.of("劳动合同或用人单位证明", "Employment contract or the employer's certificate"));
        d.guide.materials.add(Text.of("本人及配偶在本市的住房情况说明", "A statement of the talent's and spouse's housing in the city"));
        d.guide.steps.add(Text.of("选择安居形式，网上或到窗口提交申请", "Choose the forms of support and apply online or at the window"));
        d.guide.steps.add(Text.of("市人社局会同住建局审核，确定起始日期和房源", "HRSS with the Housing Bureau checks, fixes the start date and the apartment"));
        d.guide.steps.add(Text.of("发放记入安居台账，结果由窗口反馈", "The grant goes into the housing ledger; the window reports the result"));
        FormField forms = new FormField(FORMS, FieldType.MULTI_CHOICE, Text.of("安居形式", "Forms of support"), true);
        for (SupportForm f : SupportForm.values()) {
            forms.choices.add(f.choice());
        }
        forms.hint = Text.of("可多选，但部分形式不可同时享受，见申请条件", "Several may be chosen; some exclude each other, see who may apply");
        FormField area = new FormField("preferredArea", FieldType.TEXT, Text.of("意向区域", "Preferred area"), false);
        area.maxLength = 100;
        d.form = List.of(forms, area);
        return d;
    }

    private static String classes(HousingTerms t, SupportForm f) {
        return String.join(",", t.classes.get(f).stream().map(Enum::name).toList());
    }

    private static String amounts(java.util.Map<TalentClass, Integer> m, HousingTerms t, SupportForm f) {
        List<String> parts = new ArrayList<>();
        for (TalentClass c : t.classes.get(f)) {
            parts.add(c + " " + m.get(c));
        }
        return String.join(", ", parts);
    }

    private static String pairs(HousingTerms t, boolean zh) {
        return pairs(t.exclusive, zh);
    }

    @Override
    public ServiceDefinition definition() {
        return definition;
    }

    @SuppressWarnings("unchecked")
    static Set<SupportForm> chosen(Application a) {
        Set<SupportForm> out = EnumSet.noneOf(SupportForm.class);
        for (String key : (List<String>) a.form.get(FORMS)) {
            out.add(SupportForm.of(key));
        }
        return out;
    }

    /** Art.4.3 under the jurisdiction's terms: the class qualifies, the forms go together, none granted before. */
    @Override
    public Verdict evaluate(Application a) {
        HousingTerms t = termsFor(a.jurisdiction).orElse(null);
        if (t == null) {
            return Verdict.refused("NO_HOUSING_TERMS", "本辖区尚未配置人才安居条件，请联系人社局。",
                    "No housing terms are configured for this jurisdiction yet; contact HRSS.");
        }
        Set<SupportForm> chosen = chosen(a);
        TalentClass cls = a.talent.currentClass;
        for (SupportForm f : chosen) {
            if (cls == null || !t.classes.get(f).contains(cls)) {
                return Verdict.refused("CLASS_NOT_ELIGIBLE", FORMS, f.name.zh + "限" + classes(t, f) + "类人才申请。",
                        f.name.en + " is for classes " + classes(t, f) + ".");
            }
        }
        for (Set<SupportForm> pair : t.exclusive) {
            if (chosen.containsAll(pair)) {
                return Verdict.refused("FORMS_EXCLUDE_EACH_OTHER", FORMS, "不可同时享受：" + pairs(List.of(pair), true) + "。",
                        "These cannot be had together: " + pairs(List.of(pair), false) + ".");
            }
        }
        return conflictWithGrants(t, chosen, ledger.of(a.talent.id), null).orElse(Verdict.eligible());
    }

    /**
     * Art.4.3 with what the talent already has: a form granted before is not granted again, nor a
     * form excluded by one granted before. Checked on submission and again, inside the ledger's
     * transaction, when the grants are recorded (two tickets may be open at once).
     */
    static Optional<Verdict> conflictWithGrants(HousingTerms t, Set<SupportForm> chosen, List<Grant> had, String ticketId) {
        for (Grant g : had) {
            if (g.ticketId.equals(ticketId)) {
                continue;
            }
            SupportForm before = SupportForm.valueOf(g.form);
            if (chosen.contains(before)) {
                return Optional.of(Verdict.refused("ALREADY_GRANTED", FORMS, "已于" + g.start + "享受" + before.name.zh + "，不能重复申请。",
                        before.name.en + " was already granted from " + g.start + "."));
            }
            for (SupportForm f : chosen) {
                if (t.exclusive.stream().anyMatch(p -> p.contains(f) && p.contains(before))) {
                    return Optional.of(Verdict.refused("EXCLUDED_BY_GRANT", FORMS, "已享受" + before.name.zh + "，不能再享受" + f.name.zh + "。",
                            before.name.en + " was granted, which excludes " + f.name.en + "."));
                }
            }
        }
        return Optional.empty();
    }

    private static String pairs(List<Set<SupportForm>> pairs, boolean zh) {
        List<String> out = new ArrayList<>();
        for (Set<SupportForm> p : pairs) {
            out.add(String.join(zh ? "与" : " with ", p.stream().map(f -> zh ? f.name.zh : f.name.en).toList()));
        }
        return out.isEmpty() ? (zh ? "无" : "none") : String.join(zh ? "；" : "; ", out);
    }

    @Override
    public Outcome handle(TicketTransition tr) {
        if (tr.action != TicketAction.SUBMIT && tr.action != TicketAction.RESOLVE) {
            return null;
        }
        Application a = tr.application;
        HousingTerms t = termsFor(a.jurisdiction).orElseThrow(() -> new IllegalStateException("no terms for " + a.jurisdiction));
        TalentClass cls = a.talent.currentClass;
        Set<SupportForm> chosen = chosen(a);
        if (tr.action == TicketAction.SUBMIT) {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            Outcome o = new Outcome();
            for (SupportForm f : chosen) {
                String[] e = entitlement(t, f, cls);
                zh.add(e[0]);
                en.add(e[1]);
                o.with(f.name(), e[2]);
            }
            o.summary = Text.of("按" + jurisdictionName(t, true) + "标准可享受：" + String.join("；", zh) + "。",
                    "Entitled under the terms of " + jurisdictionName(t, false) + ": " + String.join("; ", en) + ".");
            return o;
        }
        // Granted under the terms in force now: they (or the talent's class) may have changed since
        // submission, and the ledger never records a grant the terms do not give.
        for (SupportForm f : chosen) {
            if (cls == null || !t.classes.get(f).contains(cls)) {
                throw Refusal.invalid("CLASS_NOT_ELIGIBLE", "form." + FORMS, "按现行安居条件，" + f.name.zh + "限" + classes(t, f)
                        + "类人才，该人才现为" + (cls == null ? "无有效认定" : cls.name() + "类") + "，不能发放。",
                        "Under the terms in force, " + f.name.en + " is for classes " + classes(t, f) + "; the talent is "
                                + (cls == null ? "not certified now" : "class " + cls.name()) + ": it cannot be granted.");
            }
            Integer amount = f == SupportForm.PURCHASE_VOUCHER ? t.voucher.get(cls)
                    : f == SupportForm.LIVING_SUBSIDY ? t.subsidy.get(cls) : null;
            if ((f == SupportForm.PURCHASE_VOUCHER || f == SupportForm.LIVING_SUBSIDY) && (amount == null || amount <= 0)) {
                throw Refusal.invalid("NO_AMOUNT_IN_TERMS", "form." + FORMS, "现行安居条件未给" + cls.name() + "类人才规定"
                        + f.name.zh + "金额，不能发放；请联系人社局核实条件。", "The terms in force give class " + cls.name()
                        + " no amount for " + f.name.en + ": it cannot be granted; ask HRSS to check the terms.");
            }
        }
        LocalDate start = date(tr);
        LocalDate today = LocalDate.ofInstant(tr.at, ZONE);
        if (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusYears(1))) {
            // A support period starts around its decision: within a year either way.
            throw Refusal.invalid("START_DATE_OUT_OF_RANGE", "values." + START, "起始日期须在" + today.minusYears(1) + "至"
                    + today.plusYears(1) + "之间。", "The start date must lie between " + today.minusYears(1) + " and "
                    + today.plusYears(1) + ".");
        }
        String apartment = tr.values.get(APARTMENT);
        boolean inKind = chosen.contains(SupportForm.TALENT_APARTMENT) || chosen.contains(SupportForm.EMPLOYER_HOUSING);
        if (inKind && (apartment == null || apartment.isBlank())) {
            throw Refusal.invalid("APARTMENT_REQUIRED", "values." + APARTMENT, "请填写分配的住房（地址和房号）。",
                    "Give the apartment allotted (address and number).");
        }
        if (apartment != null && apartment.strip().length() > 200) {
            throw Refusal.invalid("APARTMENT_TOO_LONG", "values." + APARTMENT, "住房地址最多200个字符。", "The apartment takes at most 200 characters.");
        }
        List<Grant> grants = new ArrayList<>();
        for (SupportForm f : chosen) {
            Grant g = new Grant();
            g.ticketId = tr.ticketId;
            g.ticketNumber = tr.number;
            g.talentId = a.talent.id;
            g.jurisdiction = a.jurisdiction;
            g.form = f.name();
            g.start = start;
            g.grantedBy = tr.actor;
            g.grantedAt = LocalDateTime.ofInstant(tr.at, ZoneOffset.UTC);
            switch (f) {
                case PURCHASE_VOUCHER -> g.amount = t.voucher.get(cls);
                case LIVING_SUBSIDY -> {
                    g.amount = t.subsidy.get(cls);
                    g.end = start.plusMonths(t.subsidyMonths).minusDays(1);
                }
                case TALENT_APARTMENT -> {
                    g.apartment = apartment.strip();
                    g.end = t.rentFreeMonths == 0 ? null : start.plusMonths(t.rentFreeMonths).minusDays(1);
                }
                case EMPLOYER_HOUSING -> g.apartment = apartment.strip();
            }
            grants.add(g);
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Outcome o = new Outcome();
        List<Grant> recorded = ledger.record(grants, tr.ticketId, had -> conflictWithGrants(t, chosen, had, tr.ticketId)
                .map(v -> Refusal.invalid(v.code(), "form." + FORMS, v.reasonZh(), v.reasonEn())).orElse(null));
        for (Grant g : recorded) {
            SupportForm f = SupportForm.valueOf(g.form);
            String period = g.start + (g.end == null ? "" : "—" + g.end);
            String what = g.apartment != null ? g.apartment : g.amount + (f == SupportForm.LIVING_SUBSIDY ? "元/月" : "元");
            String whatEn = g.apartment != null ? g.apartment : g.amount + (f == SupportForm.LIVING_SUBSIDY ? " yuan a month" : " yuan");
            zh.add(f.name.zh + " " + what + "（" + period + "）");
            en.add(f.name.en + " " + whatEn + " (" + period + ")");
            o.with(g.form, (g.apartment != null ? g.apartment : String.valueOf(g.amount)) + " " + period);
        }
        o.summary = Text.of("已发放：" + String.join("；", zh) + "。", "Granted: " + String.join("; ", en) + ".");
        return o;
    }

    /** What a form gives a class under the terms: zh, en, and the amount as data. */
    private static String[] entitlement(HousingTerms t, SupportForm f, TalentClass cls) {
        return switch (f) {
            case PURCHASE_VOUCHER -> new String[] {"购房券" + t.voucher.get(cls) + "元", "a purchase voucher of " + t.voucher.get(cls)
                    + " yuan", String.valueOf(t.voucher.get(cls))};
            case LIVING_SUBSIDY -> new String[] {"生活补贴每月" + t.subsidy.get(cls) + "元，共" + t.subsidyMonths + "个月",
                    "a living subsidy of " + t.subsidy.get(cls) + " yuan a month for " + t.subsidyMonths + " months",
                    String.valueOf(t.subsidy.get(cls))};
            case TALENT_APARTMENT -> new String[] {"人才公寓，免租" + t.rentFreeMonths + "个月，之后月租" + t.monthlyRent + "元",
                    "a talent apartment, rent-free for " + t.rentFreeMonths + " months, then " + t.monthlyRent + " yuan a month",
                    String.valueOf(t.monthlyRent)};
            case EMPLOYER_HOUSING -> new String[] {"用人单位自建人才房", "employer-built talent housing", "0"};
        };
    }

    private String jurisdictionName(HousingTerms t, boolean zh) {
        return jurisdictions.get(t.jurisdiction).map(j -> zh ? j.nameZh : j.nameEn).orElse(t.jurisdiction);
    }

    private static LocalDate date(TicketTransition tr) {
        String v = tr.values.get(START);
        try {
            return LocalDate.parse(v == null ? "" : v.strip());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid("START_DATE_REQUIRED", "values." + START, "请填写起始日期（年-月-日）。", "Give the start date (YYYY-MM-DD).");
        }
    }
}
