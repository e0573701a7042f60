package cn.lyg.talent.plugin.spouse.internal;

import static cn.lyg.talent.plugin.spouse.internal.Texts.TEXTS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    /** The values a unit gives on resolving, whichever the route. */
    private static final List<String> VALUES = List.of(UNIT, KIND, QUOTA, JOBS);
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
        d.name = TEXTS.text("definition.name");
        d.description = TEXTS.text("definition.description");
        d.units = List.of("TALENT_OFFICE", "HRSS", "STAFFING");
        d.guide.eligibility = TEXTS.text("guide.eligibility");
        d.guide.materials.add(TEXTS.text("guide.material.1"));
        d.guide.materials.add(TEXTS.text("guide.material.2"));
        d.guide.steps.add(TEXTS.text("guide.step.1"));
        d.guide.steps.add(TEXTS.text("guide.step.2"));
        d.guide.steps.add(TEXTS.text("guide.step.3"));
        d.guide.timeLimits = TEXTS.text("guide.timeLimits");
        FormField route = new FormField(ROUTE, FieldType.CHOICE, TEXTS.text("form.route.label"), true);
        for (Route r : Route.values()) {
            route.choices.add(r.choice());
        }
        FormField confirmation = new FormField(CONFIRMATION, FieldType.ATTACHMENT, TEXTS.text("form.employerConfirmation.label"), false);
        confirmation.hint = TEXTS.text("form.employerConfirmation.hint");
        FormField difficulty = new FormField(DIFFICULTY, FieldType.TEXT, TEXTS.text("form.difficulty.label"), false);
        difficulty.maxLength = 1000;
        difficulty.hint = TEXTS.text("form.difficulty.hint");
        FormField wish = new FormField("desiredWork", FieldType.TEXT, TEXTS.text("form.desiredWork.label"), false);
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
            return refused("SPOUSE_NOT_REGISTERED", null);
        }
        Route route = Route.of((String) a.form.get(ROUTE));
        // Every missing piece at once, so that the talent puts them right in one go.
        Verdict v = Verdict.eligible();
        switch (route) {
            case EMPLOYER_ARRANGED -> {
                if (a.form.get(CONFIRMATION) == null) {
                    v = v.and(refused("EMPLOYER_CONFIRMATION_REQUIRED", CONFIRMATION));
                }
            }
            case RECOMMENDATION -> {
                if (a.form.get(DIFFICULTY) == null) {
                    v = v.and(refused("DIFFICULTY_REQUIRED", DIFFICULTY));
                }
                if (ReceivingKind.matching(spouse).isEmpty()) {
                    v = v.and(refused("RECOMMENDATION_NEEDS_STATUS", ROUTE));
                }
                if (spouse.speciality == null || spouse.speciality.isBlank()) {
                    v = v.and(refused("SPECIALITY_REQUIRED", null));
                }
            }
            case PUBLIC_EMPLOYMENT_SERVICE -> {
                // Any spouse may be enrolled.
            }
        }
        return v;
    }

    /** What the unit decided, on resolving only. */
    @Override
    public Set<String> valueNames(TicketAction action) {
        return action == TicketAction.RESOLVE ? Set.copyOf(VALUES) : Set.of();
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
                o.summary = TEXTS.text("outcome.submitted.recommendation",
                        Text.of(kind.get().name.zh, kind.get().name.en.toLowerCase()), spouse.speciality);
            } else {
                o.summary = TEXTS.text("outcome.submitted.route", route.name);
            }
            return o;
        }
        // The record may have changed since submission (the spouse removed or their status gone).
        if (route == Route.RECOMMENDATION && kind.isEmpty()) {
            throw invalid("RECOMMENDATION_NEEDS_STATUS", KIND);
        }
        List<FieldError> unused = unused(t, route, kind.orElse(null));
        LocalDate on = LocalDate.ofInstant(t.at, ZONE);
        return switch (route) {
            case EMPLOYER_ARRANGED -> {
                String unit = required(t, UNIT, "value.receivingUnit.employer", unused);
                yield new Outcome(TEXTS.text("outcome.employerArranged", unit, on))
                        .with("route", route.name()).with(UNIT, unit).with("decidedOn", on.toString());
            }
            case RECOMMENDATION -> recommendation(t, kind.get(), on, unused);
            case PUBLIC_EMPLOYMENT_SERVICE -> {
                String jobs = required(t, JOBS, "value.jobsRecommended", unused);
                yield new Outcome(TEXTS.text("outcome.publicEmploymentService", on, jobs))
                        .with("route", route.name()).with(JOBS, jobs).with("enrolledOn", on.toString());
            }
        };
    }

    /** A recommendation: the receiving unit of the matched kind; without a quota, only with the staffing office's approval. */
    private Outcome recommendation(TicketTransition t, ReceivingKind matched, LocalDate on, List<FieldError> unused) {
        // Every value left out is named at once: the handler fills in the form once, not three times.
        List<FieldError> missing = new ArrayList<>();
        String given = t.values.get(UNIT);
        if (given == null || given.isBlank()) {
            missing.add(error("VALUE_REQUIRED", UNIT, TEXTS.text("value.receivingUnit")));
        }
        String kindKey = t.values.get(KIND);
        if (kindKey == null || kindKey.isBlank()) {
            missing.add(error("VALUE_REQUIRED", KIND, TEXTS.text("value.receivingKind", matched.name, matched.name())));
        }
        String quota = t.values.get(QUOTA);
        if (matched == ReceivingKind.PUBLIC_INSTITUTION && !"true".equals(quota) && !"false".equals(quota)) {
            missing.add(error("QUOTA_REQUIRED", QUOTA));
        }
        missing.addAll(unused);
        refuseIfAny(missing);
        String unit = given.strip();
        // In any case, as the console's options take a code (public_institution).
        if (!kindKey.strip().equalsIgnoreCase(matched.name())) {
            throw invalid("RECEIVING_KIND_MISMATCH", KIND, matched.name, matched.name());
        }
        Outcome o = new Outcome().with("route", Route.RECOMMENDATION.name()).with(UNIT, unit).with(KIND, matched.name())
                .with("decidedOn", on.toString());
        if (matched == ReceivingKind.PUBLIC_INSTITUTION && "false".equals(quota)) {
            StaffingDecision d = decisions.latest(t.ticketId).filter(x -> x.approved && x.receivingUnit.equals(unit))
                    .orElseThrow(() -> invalid("TAKE_IN_FIRST_NOT_APPROVED", QUOTA));
            // Recorded in UTC; the day is the one in Lianyungang (an approval at 07:00 is that day's).
            LocalDate approvedOn = d.decidedAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZONE).toLocalDate();
            // The office that approved, not the account (which the decision keeps): the talent reads the ticket.
            o.with("takeInFirstApprovedOn", approvedOn.toString()).with("takeInFirstApprovedBy", decisions.staffingOfficeUnit());
            o.summary = TEXTS.text("outcome.recommended.takenInFirst", unit, approvedOn);
            return o;
        }
        o.summary = TEXTS.text("outcome.recommended", unit, matched.name);
        return o;
    }

    /**
     * The values the route does not use, named with the route: dropped, the handler would believe
     * them recorded (jobs recommended on a recommendation, a quota for an organ).
     */
    private static List<FieldError> unused(TicketTransition t, Route route, ReceivingKind kind) {
        Set<String> used = switch (route) {
            case EMPLOYER_ARRANGED -> Set.of(UNIT);
            case RECOMMENDATION -> kind == ReceivingKind.PUBLIC_INSTITUTION ? Set.of(UNIT, KIND, QUOTA) : Set.of(UNIT, KIND);
            case PUBLIC_EMPLOYMENT_SERVICE -> Set.of(JOBS);
        };
        return t.values.keySet().stream().filter(k -> !used.contains(k)).sorted()
                .map(k -> error("VALUE_NOT_FOR_ROUTE", k, route.name)).toList();
    }

    /** Every value missing or not used, at once: the handler fills in the form once. */
    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            throw new Refusal(Refusal.Kind.INVALID, first.code, first.messageZh, first.messageEn, errors);
        }
    }

    /**
     * The value {@code key} given on resolving ({@code what} is the text naming it), refused with
     * the values the route does not use, if any.
     */
    private static String required(TicketTransition t, String key, String what, List<FieldError> unused) {
        String v = t.values.get(key);
        List<FieldError> errors = new ArrayList<>();
        if (v == null || v.isBlank()) {
            errors.add(error("VALUE_REQUIRED", key, TEXTS.text(what)));
        }
        errors.addAll(unused);
        refuseIfAny(errors);
        return v.strip();
    }

    /** An application refused with the text {@code refusal.<code>}, about {@code field} unless null. */
    private static Verdict refused(String code, String field, Object... args) {
        Text t = TEXTS.text("refusal." + code, args);
        return Verdict.refused(code, field, t.zh, t.en);
    }

    /** A value given on resolving refused with the text {@code failure.<code>}. */
    private static Refusal invalid(String code, String value, Object... args) {
        FieldError e = error(code, value, args);
        return Refusal.invalid(code, e.field, e.messageZh, e.messageEn);
    }

    private static FieldError error(String code, String value, Object... args) {
        Text t = TEXTS.text("failure." + code, args);
        return new FieldError("values." + value, code, t.zh, t.en);
    }

}
