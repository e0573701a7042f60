package cn.lyg.talent.plugin.housing.internal;

import static cn.lyg.talent.plugin.housing.internal.Texts.TEXTS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
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
 * service, so the catalog publishes a new revision of the guide, which shows them. A
 * jurisdiction's terms that fail to start (a wrong setting in its file, which catalog:problems
 * names) are left out, so that one county's typing error does not take housing away from the
 * city and every other county (Art.9). That county's requests are held meanwhile, submitted and
 * resolved alike: the city's amounts are not the county's, and the ledger must not record a grant
 * under terms the county did not set. Without any usable terms the service is not offered: its
 * guide would promise nothing and every request would be refused.
 */
@Component(service = {ServiceOffering.class, EligibilityRule.class, ServiceHandler.class},
        property = ServiceOffering.SERVICE_CODE + "=" + Housing.CODE)
public class Housing implements ServiceOffering, EligibilityRule, ServiceHandler {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final String CODE = "housing";
    static final String FORMS = "forms";
    static final String START = "startDate";
    static final String APARTMENT = "apartment";

    private final List<HousingTerms> terms;
    private final Set<String> refused;
    private final JurisdictionDirectory jurisdictions;
    private final GrantLedger ledger;
    private final ServiceDefinition definition;

    @Activate
    public Housing(@Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
            List<ComponentServiceObjects<HousingTerms>> terms, @Reference JurisdictionDirectory jurisdictions,
            @Reference GrantLedger ledger) {
        this(jurisdictions, ledger, Started.of(terms));
    }

    private Housing(JurisdictionDirectory jurisdictions, GrantLedger ledger, Started started) {
        this(jurisdictions, ledger, started.usable(), started.refused());
    }

    Housing(JurisdictionDirectory jurisdictions, GrantLedger ledger, List<HousingTerms> terms) {
        this(jurisdictions, ledger, terms, Set.of());
    }

    /** {@code refused}: the jurisdictions whose own terms failed to start. */
    Housing(JurisdictionDirectory jurisdictions, GrantLedger ledger, List<HousingTerms> terms, Set<String> refused) {
        // Terms of a jurisdiction that also has refused terms (a second file for it) do not apply
        // either: which of the two the county meant is the operator's to say.
        this.terms = terms.stream().filter(t -> !refused.contains(t.jurisdiction)).toList();
        this.refused = Set.copyOf(refused);
        if (this.terms.isEmpty()) {
            // Each jurisdiction's refusal is in catalog:problems. Worded as SCR words a reference it
            // could not get, so that catalog:problems takes it for what it is, a follow-on.
            throw new IllegalStateException("Unable to get service for reference terms: no housing terms could start");
        }
        this.jurisdictions = jurisdictions;
        this.ledger = ledger;
        this.definition = define();
    }

    /**
     * The terms that started, and the jurisdictions named by those that did not (read from their
     * configuration). Each is got on its own, and once: a reference to the services themselves
     * would make this component fail with the first that cannot start, and every try of one that
     * cannot logs its failure again.
     */
    private record Started(List<HousingTerms> usable, Set<String> refused) {
        static Started of(List<ComponentServiceObjects<HousingTerms>> terms) {
            List<HousingTerms> usable = new ArrayList<>();
            Set<String> refused = new HashSet<>();
            for (ComponentServiceObjects<HousingTerms> t : terms) {
                HousingTerms got = t.getService();
                ServiceReference<HousingTerms> ref = t.getServiceReference();
                if (got != null) {
                    usable.add(got);
                } else if (ref != null && ref.getProperty("jurisdiction") instanceof String j) {
                    refused.add(j.strip());
                }
            }
            return new Started(usable, refused);
        }
    }

    /**
     * The jurisdiction whose refused terms would apply to {@code jurisdiction}, were they in force:
     * one enclosing it more closely than the terms now in force.
     */
    Optional<String> heldBack(String jurisdiction) {
        int inForce = termsFor(jurisdiction).map(t -> depth(t.jurisdiction)).orElse(-1);
        return refused.stream().filter(r -> jurisdictions.covers(r, jurisdiction) && depth(r) > inForce)
                .max(Comparator.comparingInt(this::depth));
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
        d.name = TEXTS.text("definition.name");
        d.description = TEXTS.text("definition.description");
        d.units = List.of("HRSS", "HOUSING");
        StringBuilder zh = new StringBuilder(TEXTS.zh("guide.eligibility.intro"));
        StringBuilder en = new StringBuilder(TEXTS.en("guide.eligibility.intro"));
        for (HousingTerms t : terms.stream().sorted(Comparator.comparing((HousingTerms x) -> x.jurisdiction)).toList()) {
            Text line = TEXTS.text("guide.eligibility.terms", name(t.jurisdiction), classes(t, SupportForm.TALENT_APARTMENT),
                    t.rentFreeMonths, t.monthlyRent, amounts(t.voucher, t, SupportForm.PURCHASE_VOUCHER),
                    amounts(t.subsidy, t, SupportForm.LIVING_SUBSIDY), t.subsidyMonths, classes(t, SupportForm.EMPLOYER_HOUSING),
                    pairs(t.exclusive));
            zh.append(line.zh);
            en.append(' ').append(line.en);
        }
        d.guide.eligibility = Text.of(zh.toString(), en.toString().strip());
        d.guide.materials.add(TEXTS.text("guide.material.1"));
        d.guide.materials.add(TEXTS.text("guide.material.2"));
        d.guide.steps.add(TEXTS.text("guide.step.1"));
        d.guide.steps.add(TEXTS.text("guide.step.2"));
        d.guide.steps.add(TEXTS.text("guide.step.3"));
        FormField forms = new FormField(FORMS, FieldType.MULTI_CHOICE, TEXTS.text("form.forms.label"), true);
        for (SupportForm f : SupportForm.values()) {
            forms.choices.add(f.choice());
        }
        forms.hint = TEXTS.text("form.forms.hint");
        FormField area = new FormField("preferredArea", FieldType.TEXT, TEXTS.text("form.preferredArea.label"), false);
        area.maxLength = 100;
        d.form = List.of(forms, area);
        return d;
    }

    private static String classes(HousingTerms t, SupportForm f) {
        return String.join(",", t.classes.get(f).stream().map(Enum::name).toList());
    }

    private static String amounts(Map<TalentClass, Integer> m, HousingTerms t, SupportForm f) {
        List<String> parts = new ArrayList<>();
        for (TalentClass c : t.classes.get(f)) {
            parts.add(c + " " + m.get(c));
        }
        return String.join(", ", parts);
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

    /**
     * Art.4.3 under the jurisdiction's terms: no other housing request in progress, the class
     * qualifies, the forms go together, none granted before.
     */
    @Override
    public Verdict evaluate(Application a) {
        Optional<String> held = heldBack(a.jurisdiction);
        if (held.isPresent()) {
            return refused("TERMS_BEING_CORRECTED", null, name(held.get()));
        }
        HousingTerms t = termsFor(a.jurisdiction).orElse(null);
        if (t == null) {
            return refused("NO_HOUSING_TERMS", null);
        }
        List<Grant> had = ledger.of(a.talent.id);
        Set<String> decided = had.stream().map(g -> g.ticketNumber).collect(Collectors.toSet());
        Optional<String> pending = a.openRequests.stream().filter(n -> !decided.contains(n)).findFirst();
        if (pending.isPresent()) {
            // One request at a time until it is granted: a second one for the same support would
            // pass here and then be refused as ALREADY_GRANTED when the unit resolves it, stuck for good.
            return refused("HOUSING_PENDING", null, pending.get());
        }
        Set<SupportForm> chosen = chosen(a);
        TalentClass cls = a.talent.currentClass;
        for (SupportForm f : chosen) {
            if (cls == null || !t.classes.get(f).contains(cls)) {
                return refused("CLASS_NOT_ELIGIBLE", FORMS, f.name, classes(t, f));
            }
        }
        // Every pair chosen together is named, so the talent drops what is needed in one go.
        List<Set<SupportForm>> together = t.exclusive.stream().filter(chosen::containsAll).toList();
        if (!together.isEmpty()) {
            return refused("FORMS_EXCLUDE_EACH_OTHER", FORMS, pairs(together));
        }
        return conflictWithGrants(t, chosen, had, null).orElse(Verdict.eligible());
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
                return Optional.of(refused("ALREADY_GRANTED", FORMS, before.name, g.start));
            }
            for (SupportForm f : chosen) {
                if (t.exclusive.stream().anyMatch(p -> p.contains(f) && p.contains(before))) {
                    return Optional.of(refused("EXCLUDED_BY_GRANT", FORMS, before.name, f.name));
                }
            }
        }
        return Optional.empty();
    }

    /** The forms that exclude each other, pair by pair. */
    private static Text pairs(List<Set<SupportForm>> pairs) {
        List<Text> out = new ArrayList<>();
        for (Set<SupportForm> p : pairs) {
            out.add(TEXTS.join("exclusive.with", p.stream().map(f -> f.name).toList()));
        }
        return out.isEmpty() ? TEXTS.text("exclusive.none") : TEXTS.join("exclusive.more", out);
    }

    /** An application refused with the text {@code refusal.<code>}, about {@code field} unless null. */
    private Text name(String jurisdiction) {
        return jurisdictions.get(jurisdiction).map(j -> Text.of(j.nameZh, j.nameEn)).orElse(Text.of(jurisdiction, jurisdiction));
    }

    private static Verdict refused(String code, String field, Object... args) {
        Text t = TEXTS.text("refusal." + code, args);
        return Verdict.refused(code, field, t.zh, t.en);
    }

    /** A request refused on resolving with the text {@code failure.<code>}, about {@code field}. */
    private static Refusal invalid(String code, String field, Object... args) {
        Text t = TEXTS.text("failure." + code, args);
        return Refusal.invalid(code, field, t.zh, t.en);
    }

    /** The start of the support and the apartment allotted, on resolving only. */
    @Override
    public Set<String> valueNames(TicketAction action) {
        return action == TicketAction.RESOLVE ? Set.of(START, APARTMENT) : Set.of();
    }

    @Override
    public Outcome handle(TicketTransition tr) {
        if (tr.action != TicketAction.SUBMIT && tr.action != TicketAction.RESOLVE) {
            return null;
        }
        Application a = tr.application;
        Optional<String> held = heldBack(a.jurisdiction);
        if (held.isPresent()) {
            throw invalid("TERMS_BEING_CORRECTED", null, name(held.get()));
        }
        HousingTerms t = termsFor(a.jurisdiction).orElseThrow(() -> new IllegalStateException("no terms for " + a.jurisdiction));
        TalentClass cls = a.talent.currentClass;
        Set<SupportForm> chosen = chosen(a);
        if (tr.action == TicketAction.SUBMIT) {
            List<Text> entitled = new ArrayList<>();
            Outcome o = new Outcome();
            for (SupportForm f : chosen) {
                entitled.add(entitlement(t, f, cls));
                o.with(f.name(), amount(t, f, cls));
            }
            o.summary = TEXTS.text("outcome.entitled", name(t.jurisdiction), TEXTS.join("outcome.more", entitled));
            return o;
        }
        // Granted under the terms in force now: they (or the talent's class) may have changed since
        // submission, and the ledger never records a grant the terms do not give.
        for (SupportForm f : chosen) {
            if (cls == null || !t.classes.get(f).contains(cls)) {
                throw invalid("CLASS_NOT_ELIGIBLE", "form." + FORMS, f.name, classes(t, f), cls == null
                        ? TEXTS.text("failure.CLASS_NOT_ELIGIBLE.uncertified") : TEXTS.text("failure.CLASS_NOT_ELIGIBLE.class", cls.name()));
            }
            Integer amount = f == SupportForm.PURCHASE_VOUCHER ? t.voucher.get(cls)
                    : f == SupportForm.LIVING_SUBSIDY ? t.subsidy.get(cls) : null;
            if ((f == SupportForm.PURCHASE_VOUCHER || f == SupportForm.LIVING_SUBSIDY) && (amount == null || amount <= 0)) {
                throw invalid("NO_AMOUNT_IN_TERMS", "form." + FORMS, cls.name(), f.name);
            }
        }
        LocalDate start = date(tr);
        LocalDate today = LocalDate.ofInstant(tr.at, ZONE);
        if (start.isBefore(today.minusYears(1)) || start.isAfter(today.plusYears(1))) {
            // A support period starts around its decision: within a year either way.
            throw invalid("START_DATE_OUT_OF_RANGE", "values." + START, today.minusYears(1), today.plusYears(1));
        }
        String apartment = tr.values.get(APARTMENT);
        boolean inKind = chosen.contains(SupportForm.TALENT_APARTMENT) || chosen.contains(SupportForm.EMPLOYER_HOUSING);
        if (inKind && (apartment == null || apartment.isBlank())) {
            throw invalid("APARTMENT_REQUIRED", "values." + APARTMENT);
        }
        if (apartment != null && apartment.strip().length() > 200) {
            throw invalid("APARTMENT_TOO_LONG", "values." + APARTMENT, 200);
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
        List<Text> granted = new ArrayList<>();
        Outcome o = new Outcome();
        List<Grant> recorded = ledger.record(grants, tr.ticketId, had -> conflictWithGrants(t, chosen, had, tr.ticketId)
                .map(v -> Refusal.invalid(v.code(), "form." + FORMS, v.reasonZh(), v.reasonEn())).orElse(null));
        for (Grant g : recorded) {
            SupportForm f = SupportForm.valueOf(g.form);
            String period = g.start + (g.end == null ? "" : "—" + g.end);
            granted.add(g.apartment != null ? TEXTS.text("outcome.granted.apartment", f.name, g.apartment, period)
                    : TEXTS.text(f == SupportForm.LIVING_SUBSIDY ? "outcome.granted.monthly" : "outcome.granted.amount", f.name, g.amount, period));
            o.with(g.form, (g.apartment != null ? g.apartment : String.valueOf(g.amount)) + " " + period);
        }
        o.summary = TEXTS.text("outcome.granted", TEXTS.join("outcome.more", granted));
        return o;
    }

    /** What a form gives a class under the terms. */
    private static Text entitlement(HousingTerms t, SupportForm f, TalentClass cls) {
        String key = "entitlement." + f.name();
        return switch (f) {
            case PURCHASE_VOUCHER -> TEXTS.text(key, t.voucher.get(cls));
            case LIVING_SUBSIDY -> TEXTS.text(key, t.subsidy.get(cls), t.subsidyMonths);
            case TALENT_APARTMENT -> TEXTS.text(key, t.rentFreeMonths, t.monthlyRent);
            case EMPLOYER_HOUSING -> TEXTS.text(key);
        };
    }

    /** The amount a form gives a class under the terms, as data. */
    private static String amount(HousingTerms t, SupportForm f, TalentClass cls) {
        return switch (f) {
            case PURCHASE_VOUCHER -> String.valueOf(t.voucher.get(cls));
            case LIVING_SUBSIDY -> String.valueOf(t.subsidy.get(cls));
            case TALENT_APARTMENT -> String.valueOf(t.monthlyRent);
            case EMPLOYER_HOUSING -> "0";
        };
    }

    private static LocalDate date(TicketTransition tr) {
        String v = tr.values.get(START);
        if (v == null || v.isBlank()) {
            throw invalid("START_DATE_REQUIRED", "values." + START);
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw invalid("START_DATE_FORMAT", "values." + START, v.strip());
        }
    }
}
