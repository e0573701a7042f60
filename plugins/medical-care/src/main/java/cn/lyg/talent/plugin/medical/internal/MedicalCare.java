package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;

import java.time.LocalDate;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import cn.lyg.talent.api.InstanceSettings;
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
    static final String RESULTS = "results";
    static final String OFFICER = "officer";

    private final MedicalDirectory directory;
    private final MedicalRecords records;
    private final InstanceSettings instance;
    private final ServiceDefinition definition;

    @Activate
    public MedicalCare(@Reference(policyOption = ReferencePolicyOption.GREEDY) MedicalDirectory directory,
            @Reference MedicalRecords records, @Reference InstanceSettings instance) {
        this.directory = directory;
        this.records = records;
        this.instance = instance;
        this.definition = define();
    }

    private ServiceDefinition define() {
        ServiceDefinition d = new ServiceDefinition();
        d.code = CODE;
        d.article = "Art.4.4";
        d.name = TEXTS.text("definition.name");
        d.description = TEXTS.text("definition.description");
        d.units = List.of("HEALTH");
        d.guide.eligibility = TEXTS.text("guide.eligibility");
        d.guide.materials.add(TEXTS.text("guide.material.1"));
        d.guide.materials.add(TEXTS.text("guide.material.2"));
        d.guide.steps.add(TEXTS.text("guide.step.1"));
        d.guide.steps.add(TEXTS.text("guide.step.2"));
        d.guide.steps.add(TEXTS.text("guide.step.3"));
        FormField matter = new FormField(MATTER, FieldType.CHOICE, TEXTS.text("form.matter.label"), true);
        for (Matter m : Matter.values()) {
            matter.choices.add(m.choice());
        }
        FormField hospital = new FormField(HOSPITAL, FieldType.CHOICE, TEXTS.text("form.hospital.label"), false);
        // A hospital the city and a county both list is one choice.
        Map<String, Text> names = new LinkedHashMap<>();
        directory.hospitals.forEach(h -> names.putIfAbsent(h.name().zh, h.name()));
        names.forEach((zh, name) -> hospital.choices.add(new Choice(zh, name)));
        hospital.hint = TEXTS.text("form.hospital.hint");
        FormField date = new FormField(EXAM_DATE, FieldType.DATE, TEXTS.text("form.examDate.label"), false);
        date.min = "today";
        FormField session = new FormField(SESSION, FieldType.CHOICE, TEXTS.text("form.session.label"), false);
        directory.sessions.forEach(s -> session.choices.add(new Choice(s.key(), TEXTS.text("form.session.choice",
                s.title(), s.first(), s.last(), s.capacity()))));
        if (session.choices.isEmpty()) {
            session.type = FieldType.TEXT;
        }
        FormField insurer = new FormField(INSURER, FieldType.TEXT, TEXTS.text("form.insurer.label"), false);
        insurer.maxLength = 100;
        FormField policy = new FormField(POLICY, FieldType.TEXT, TEXTS.text("form.policyNumber.label"), false);
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
                List<MedicalDirectory.Hospital> designated = directory.hospitals(a.jurisdiction);
                if (hospital == null || designated.stream().noneMatch(h -> h.name().zh.equals(hospital))) {
                    // The form lists every jurisdiction's hospitals: the refusal names the talent's own.
                    return refused("HOSPITAL_NOT_DESIGNATED", HOSPITAL,
                            TEXTS.join("hospital.more", designated.stream().map(MedicalDirectory.Hospital::name).toList()));
                }
                if (m == Matter.HEALTH_EXAMINATION) {
                    LocalDate date = (LocalDate) a.form.get(EXAM_DATE);
                    if (date == null) {
                        return refused("EXAM_DATE_REQUIRED", EXAM_DATE);
                    }
                    // Art.4.4: one free health examination every year.
                    if (records.activeExam(a.talent.id, date.getYear()).isPresent()) {
                        return refused("EXAM_ALREADY_BOOKED", EXAM_DATE, date.getYear());
                    }
                }
            }
            case RECUPERATION -> {
                MedicalDirectory.Session s = directory.session((String) a.form.get(SESSION)).orElse(null);
                if (s == null) {
                    return refused("SESSION_REQUIRED", SESSION);
                }
                if (!s.first().isAfter(a.date)) {
                    return refused("SESSION_STARTED", SESSION);
                }
                if (records.seatsTaken(s.key()) >= s.capacity()) {
                    return refused("SESSION_FULL", SESSION);
                }
                if (records.hasSeat(a.talent.id, s.key())) {
                    return refused("ALREADY_SIGNED_UP", SESSION);
                }
            }
            case INSURANCE_DECLARATION -> {
                if (a.form.get(INSURER) == null || a.form.get(POLICY) == null) {
                    // The field named is the one missing (the insurer first when both are).
                    return refused("INSURANCE_DETAILS_REQUIRED", a.form.get(INSURER) == null ? INSURER : POLICY);
                }
            }
        }
        return Verdict.eligible();
    }

    /** The officer assigned and an examination's results, on resolving only. */
    @Override
    public Set<String> valueNames(TicketAction action) {
        return action == TicketAction.RESOLVE ? Set.of(OFFICER, RESULTS) : Set.of();
    }

    @Override
    public Outcome handle(TicketTransition t) {
        Application a = t.application;
        Matter m = Matter.of((String) a.form.get(MATTER));
        return switch (t.action) {
            case SUBMIT -> new Outcome(TEXTS.text("outcome.submitted", m.name)).with(MATTER, m.name());
            case ACCEPT -> accept(t, m);
            case REJECT, WITHDRAW -> {
                // The booking or seat goes back, so the talent may apply again; the ticket says so,
                // or its last outcome would still read as booked.
                Optional<ExamBooking> exam = records.cancelExam(t.ticketId);
                Optional<SessionSeat> seat = records.cancelSeat(t.ticketId);
                if (exam.isPresent()) {
                    yield new Outcome(TEXTS.text("outcome.examCancelled", exam.get().date,
                            directory.hospitalName(exam.get().hospital))).with("examDate", exam.get().date.toString());
                }
                yield seat.map(s -> new Outcome(TEXTS.text("outcome.seatReleased",
                        directory.session(s.session).map(MedicalDirectory.Session::title).orElse(Text.of(s.session, s.session))))
                        .with(SESSION, s.session)).orElse(null);
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
            return new Outcome(TEXTS.text("outcome.examBooked", b.date, directory.hospitalName(b.hospital)))
                    .with("examDate", b.date.toString()).with(HOSPITAL, b.hospital);
        }
        if (m == Matter.RECUPERATION) {
            MedicalDirectory.Session s = directory.session((String) a.form.get(SESSION)).orElseThrow(
                    () -> refusal("SESSION_REQUIRED", SESSION));
            SessionSeat seat = records.takeSeat(t.ticketId, a.talent.id, s);
            return new Outcome(TEXTS.text("outcome.signedUp", s.title(), s.first(), s.last()))
                    .with(SESSION, s.key()).with("seat", seat.seatKey.substring(seat.seatKey.indexOf('|') + 1));
        }
        return null;
    }

    private Outcome resolve(TicketTransition t, Matter m) {
        Application a = t.application;
        switch (m) {
            case DESIGNATED_HOSPITAL -> {
                String officer = value(t, OFFICER, "value.officer");
                MedicalDirectory.Officer o = directory.officers(a.jurisdiction).stream().filter(x -> x.account().equals(officer))
                        .findFirst().orElseThrow(() -> refusal("OFFICER_UNKNOWN", "values." + OFFICER));
                Assignment as = records.assign(t.ticketId, a.talent.id, (String) a.form.get(HOSPITAL), o.account(), t.actor);
                // The outcome is the talent's to read: the officer by name, as the summary says; their
                // login stays with the assignment, which staff read (staff logins are internal).
                return new Outcome(TEXTS.text("outcome.designated", directory.hospitalName(as.hospital), o.name()))
                        .with(HOSPITAL, as.hospital).with("officerName", o.name().zh);
            }
            case HEALTH_EXAMINATION -> {
                String results = t.values.get(RESULTS);
                ExamBooking exam = records.exam(t.ticketId).filter(b -> b.activeKey != null).orElseThrow(
                        () -> refusal("EXAM_NOT_BOOKED", "values." + RESULTS));
                if (results == null || results.isBlank()) {
                    // Art.7: the request is completed within 3 working days, while the examination may be
                    // months away: completing it arranges the examination, and health staff note the
                    // results afterwards (HealthRecordResource).
                    records.awaitResults(t.ticketId, a.talent.account, a.jurisdiction);
                    return new Outcome(TEXTS.text("outcome.examArranged", exam.date, directory.hospitalName(exam.hospital)))
                            .with("examDate", exam.date.toString()).with(HOSPITAL, exam.hospital);
                }
                if (exam.date.isAfter(t.at.atZone(instance.zone()).toLocalDate())) {
                    // Results are recorded once the examination has taken place.
                    throw refusal("EXAM_NOT_YET_HELD", "values." + RESULTS, exam.date);
                }
                records.note(t.ticketId, a.talent.id, a.talent.account, a.jurisdiction, exam, results.strip(), t.actor);
                // The results go into the personal health record only: the ticket, which clerks read, does not carry them.
                return new Outcome(TEXTS.text("outcome.examNoted", exam.date)).with("examDate", exam.date.toString());
            }
            case RECUPERATION -> {
                return new Outcome(TEXTS.text("outcome.recuperationArranged")).with(SESSION, (String) a.form.get(SESSION));
            }
            case INSURANCE_DECLARATION -> {
                return new Outcome(TEXTS.text("outcome.insuranceRecorded", a.form.get(INSURER), a.form.get(POLICY)))
                        .with(INSURER, (String) a.form.get(INSURER)).with(POLICY, (String) a.form.get(POLICY));
            }
            default -> throw new IllegalStateException(m.name());
        }
    }

    /** The value {@code key} given on resolving; {@code what} is the text naming it. */
    private static String value(TicketTransition t, String key, String what) {
        String v = t.values.get(key);
        if (v == null || v.isBlank()) {
            throw refusal("VALUE_REQUIRED", "values." + key, TEXTS.text(what));
        }
        return v.strip();
    }

    /** An application refused with the text {@code refusal.<code>}, about {@code field}. */
    private static Verdict refused(String code, String field, Object... args) {
        Text t = TEXTS.text("refusal." + code, args);
        return Verdict.refused(code, field, t.zh, t.en);
    }

    /** A request refused on acceptance or resolving with the text {@code failure.<code>}, about {@code field}. */
    static Refusal refusal(String code, String field, Object... args) {
        return invalid(code, field.startsWith("values.") ? field : "form." + field, args);
    }

    /** A refusal with the text {@code failure.<code>} about {@code field}, named as given. */
    static Refusal invalid(String code, String field, Object... args) {
        Text t = TEXTS.text("failure." + code, args);
        return Refusal.invalid(code, field, t.zh, t.en);
    }
}
