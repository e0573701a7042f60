package cn.lyg.talent.plugin.medical.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.security.auth.Subject;
import javax.ws.rs.core.SecurityContext;

import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TicketQuery;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.api.window.TicketSummary;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.plugin.testing.CityInstance;
import cn.lyg.talent.plugin.testing.CityJurisdictions;
import cn.lyg.talent.plugin.testing.LocalJpa;

/** Medical care, clause by clause of Art.4.4. */
public class MedicalCareTest {
    private LocalJpa jpa;
    private MedicalRecords records;
    private MedicalCare service;
    private HealthRecordResource resource;

    static MedicalConfiguration config(String sessions) {
        return new MedicalConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MedicalConfiguration.class;
            }

            @Override
            public String hospitals() {
                // Donghai's entry is written as before hospitals had English names.
                return "320700|连云港市第一人民医院|Lianyungang First People's Hospital; 320722|东海县人民医院";
            }

            @Override
            public String liaisonOfficers() {
                return "320700|liaison1|联络员甲|Liaison officer A";
            }

            @Override
            public String sessions() {
                return sessions;
            }
        };
    }

    @Before
    public void setUp() throws Exception {
        jpa = new LocalJpa("medical-care");
        records = new MedicalRecords(jpa.dataSource(), jpa, Clock.fixed(Instant.parse("2026-11-25T02:00:00Z"), ZoneOffset.UTC));
        MedicalDirectory directory = new MedicalDirectory(config("s1|春季|Spring|2027-04-12|2027-04-16|1"), new CityJurisdictions());
        service = new MedicalCare(directory, records, new CityInstance());
        resource = new HealthRecordResource(records, new CityJurisdictions(), new CityInstance(), clerksClock,
                (actor, talentId) -> actor.account().equals(logins.getOrDefault(talentId, "acct-" + talentId)));
    }

    private static Application application(String talentId, Map<String, Object> form) {
        Application a = new Application();
        a.talent = new Talent();
        a.talent.id = talentId;
        a.talent.account = "acct-" + talentId;
        a.jurisdiction = "320706";
        a.date = LocalDate.of(2026, 11, 25);
        a.form.putAll(form);
        return a;
    }

    private static Map<String, Object> exam(String date) {
        return Map.of(MedicalCare.MATTER, "health-examination", MedicalCare.HOSPITAL, "连云港市第一人民医院",
                MedicalCare.EXAM_DATE, LocalDate.parse(date));
    }

    @Test
    public void art44AnInsuranceDeclarationNamesTheDetailThatIsMissing() {
        Map<String, Object> noPolicy = Map.of(MedicalCare.MATTER, "insurance-declaration", MedicalCare.INSURER, "某保险公司");
        Verdict v = service.evaluate(application("t9", noPolicy));
        assertEquals("INSURANCE_DETAILS_REQUIRED", v.code());
        assertEquals(MedicalCare.POLICY, v.field());
        assertEquals(MedicalCare.INSURER, service.evaluate(application("t9",
                Map.of(MedicalCare.MATTER, "insurance-declaration", MedicalCare.POLICY, "P-1"))).field());
    }

    /** The login each talent is bound to now, where a test binds another than acct-<talent>. */
    private final Map<String, String> logins = new HashMap<>();

    /** When the clerk acts: 2026-11-25 10:00 in Lianyungang unless a test moves it. */
    private Instant now = Instant.parse("2026-11-25T02:00:00Z");

    /** The clock of the health record's staff: the clerk's time, as a test moves it. */
    private final Clock clerksClock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private Outcome act(TicketAction action, Application a, String ticket, Map<String, String> values) {
        TicketTransition t = new TicketTransition();
        t.action = action;
        t.application = a;
        t.ticketId = ticket;
        t.actor = "dept_health";
        t.at = now;
        t.values.putAll(values);
        return service.handle(t);
    }

    @Test
    public void art44OneFreeHealthExaminationPerTalentPerCalendarYear() {
        Application first = application("t1", exam("2026-12-10"));
        assertTrue(service.evaluate(first).isEligible());
        act(TicketAction.ACCEPT, first, "k1", Map.of());
        // The second in the same year is refused, with the reason.
        assertEquals("EXAM_ALREADY_BOOKED", service.evaluate(application("t1", exam("2026-12-20"))).code());
        try {
            act(TicketAction.ACCEPT, application("t1", exam("2026-12-20")), "k2", Map.of());
            fail("a second booking accepted in the same year");
        } catch (Refusal r) {
            assertEquals("EXAM_ALREADY_BOOKED", r.code());
        }
        // Next year is another year; another talent is another talent.
        assertTrue(service.evaluate(application("t1", exam("2027-01-05"))).isEligible());
        assertTrue(service.evaluate(application("t2", exam("2026-12-20"))).isEligible());
        // Accepting the same ticket again books nothing new; withdrawing frees the year.
        act(TicketAction.ACCEPT, first, "k1", Map.of());
        // The ticket's last outcome says the booking is gone, not still booked.
        Outcome withdrawn = act(TicketAction.WITHDRAW, first, "k1", Map.of());
        assertTrue(withdrawn.summary.zh, withdrawn.summary.zh.startsWith("已取消") && withdrawn.summary.zh.contains("体检预约"));
        assertTrue(service.evaluate(application("t1", exam("2026-12-20"))).isEligible());
        // Asked again, nothing more was cancelled and nothing is said.
        assertEquals(null, act(TicketAction.WITHDRAW, first, "k1", Map.of()));
    }

    @Test
    public void art44AHospitalMustBeDesignatedForTheTalentsJurisdiction() {
        Map<String, Object> donghai = Map.of(MedicalCare.MATTER, "designated-hospital", MedicalCare.HOSPITAL, "东海县人民医院");
        Verdict notHere = service.evaluate(application("t3", donghai));
        assertEquals("HOSPITAL_NOT_DESIGNATED", notHere.code());
        // The refusal names the hospitals the talent may choose.
        assertEquals("请选择本辖区的定点医院：连云港市第一人民医院。", notHere.reasonZh());
        Application city = application("t3", Map.of(MedicalCare.MATTER, "designated-hospital", MedicalCare.HOSPITAL, "连云港市第一人民医院"));
        assertTrue(service.evaluate(city).isEligible());
        Outcome o = act(TicketAction.RESOLVE, city, "k3", Map.of("officer", "liaison1"));
        // The talent reads the officer's name, never a staff login.
        assertFalse(o.values.containsValue("liaison1"));
        assertTrue(o.values.get("officerName"), o.values.get("officerName").length() > 0);
        assertEquals("连云港市第一人民医院", o.values.get(MedicalCare.HOSPITAL));
        assertEquals("定点医院：连云港市第一人民医院；医疗服务联络员：联络员甲。", o.summary.zh);
        assertEquals("Designated hospital: Lianyungang First People's Hospital; liaison officer: Liaison officer A.", o.summary.en);
    }

    @Test
    public void art44HospitalsAreChosenByTheirChineseNameAndReadInBothLanguages() {
        FormField hospital = service.definition().form.stream().filter(f -> f.name.equals(MedicalCare.HOSPITAL)).findFirst().orElseThrow();
        assertEquals(List.of("连云港市第一人民医院", "东海县人民医院"), hospital.choices.stream().map(c -> c.key).toList());
        assertEquals("Lianyungang First People's Hospital", hospital.choices.get(0).label.en);
        // An entry without an English name still loads; English screens show its Chinese name.
        assertEquals("东海县人民医院", hospital.choices.get(1).label.en);
    }

    @Test
    public void art44ACapacityFullSessionIsRefusedAndACancelledSeatIsFreeAgain() {
        Map<String, Object> s1 = Map.of(MedicalCare.MATTER, "recuperation", MedicalCare.SESSION, "s1");
        Application a = application("t4", s1);
        assertTrue(service.evaluate(a).isEligible());
        assertEquals("1", act(TicketAction.ACCEPT, a, "k4", Map.of()).values.get("seat"));
        assertEquals("SESSION_FULL", service.evaluate(application("t5", s1)).code());
        try {
            act(TicketAction.ACCEPT, application("t5", s1), "k5", Map.of());
            fail("more seats than the capacity");
        } catch (Refusal r) {
            assertEquals("SESSION_FULL", r.code());
        }
        // The same talent on a second ticket for the same session: one seat each.
        try {
            act(TicketAction.ACCEPT, application("t4", s1), "k4b", Map.of());
            fail("two seats for one talent");
        } catch (Refusal r) {
            assertEquals("ALREADY_SIGNED_UP", r.code());
        }
        assertEquals("已退出春季，名额已释放。", act(TicketAction.REJECT, a, "k4", Map.of()).summary.zh);
        assertTrue(service.evaluate(application("t5", s1)).isEligible());
    }

    /**
     * Art.4.4 with Art.9: a request withdrawn or rejected while the plugin was uninstalled gives
     * its place back when the plugin starts again; an open one keeps its booking.
     */
    @Test
    public void art44PlacesOfRequestsEndedWhileThePluginWasAwayAreGivenBackWhenItStarts() {
        Map<String, Object> s1 = Map.of(MedicalCare.MATTER, "recuperation", MedicalCare.SESSION, "s1");
        act(TicketAction.ACCEPT, application("t4", s1), "k4", Map.of());
        act(TicketAction.ACCEPT, application("t1", exam("2026-12-10")), "k1", Map.of());
        assertEquals("SESSION_FULL", service.evaluate(application("t5", s1)).code());
        Map<String, TicketState> states = Map.of("k4", TicketState.WITHDRAWN, "k1", TicketState.ACCEPTED);
        OneStopWindow window = new OneStopWindow() {
            @Override
            public Ticket get(String ticketId, Actor actor) {
                if (!states.containsKey(ticketId) || !actor.has(Role.SUPERVISOR)) {
                    throw new Refusal(Refusal.Kind.NOT_FOUND, "TICKET_NOT_FOUND", "无此事项", "No such ticket", List.of());
                }
                Ticket t = new Ticket();
                t.id = ticketId;
                t.state = states.get(ticketId);
                return t;
            }

            @Override
            public Ticket submit(TicketInput input, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Ticket transition(String ticketId, TicketAction action, TransitionInput input, Actor actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Page<TicketSummary> find(TicketQuery query, Actor actor) {
                throw new UnsupportedOperationException();
            }
        };
        Actors actors = new Actors() {
            @Override
            public Actor of(String account, Collection<String> grantedNames) {
                return new Actor(account, grantedNames.contains("supervisor") ? EnumSet.of(Role.SUPERVISOR)
                        : EnumSet.noneOf(Role.class), null, null);
            }

            @Override
            public Actor ofSubject(Subject subject) {
                throw new UnsupportedOperationException();
            }
        };
        new StandingBookings(records, window, actors);
        assertTrue(service.evaluate(application("t5", s1)).isEligible());
        assertEquals("EXAM_ALREADY_BOOKED", service.evaluate(application("t1", exam("2026-12-20"))).code());
    }

    private static SecurityContext as(String account, Role role, String unit) {
        return as(account, role, unit, "320700");
    }

    private static SecurityContext as(String account, Role role, String unit, String jurisdiction) {
        Actor actor = new Actor(account, EnumSet.of(role), jurisdiction, unit);
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return actor;
            }

            @Override
            public boolean isUserInRole(String r) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }

    @Test
    public void art44ResultsGoIntoTheHealthRecordWhichOnlyTheTalentTheOfficerAndHealthStaffReadEachReadAudited() {
        Application a = application("t6", exam("2026-12-10"));
        act(TicketAction.ACCEPT, a, "k6", Map.of());
        try {
            act(TicketAction.RESOLVE, a, "k6", Map.of("results", "血压偏高，建议复查"));
            fail("results recorded before the examination");
        } catch (Refusal r) {
            assertEquals("EXAM_NOT_YET_HELD", r.code());
            assertEquals("values.results", r.fieldErrors().get(0).field);
        }
        now = Instant.parse("2026-12-10T07:00:00Z");
        Outcome o = act(TicketAction.RESOLVE, a, "k6", Map.of("results", "血压偏高，建议复查"));
        assertFalse("the ticket does not carry the results", o.summary.zh.contains("血压"));
        act(TicketAction.RESOLVE, application("t6", Map.of(MedicalCare.MATTER, "designated-hospital",
                MedicalCare.HOSPITAL, "连云港市第一人民医院")), "k7", Map.of("officer", "liaison1"));

        assertEquals("TALENT", resource.record(as("acct-t6", Role.TALENT, null), "t6").get("readAs"));
        assertEquals("LIAISON_OFFICER", resource.record(as("liaison1", Role.DEPARTMENT, null), "t6").get("readAs"));
        assertEquals("HEALTH_STAFF", resource.record(as("dept_health", Role.DEPARTMENT, "HEALTH"), "t6").get("readAs"));
        assertTrue(resource.record(as("dept_health", Role.DEPARTMENT, "HEALTH"), "t6").toString().contains("血压偏高"));
        for (SecurityContext other : new SecurityContext[] {as("window1", Role.WINDOW, null), as("acct-t9", Role.TALENT, null),
                as("dept_edu", Role.DEPARTMENT, "EDUCATION"), as("supervisor1", Role.SUPERVISOR, null),
                as("donghai_health", Role.DEPARTMENT, "HEALTH", "320722")}) {
            try {
                resource.record(other, "t6");
                fail(other.getUserPrincipal().getName());
            } catch (Refusal r) {
                assertEquals("HEALTH_RECORD_NOT_FOUND", r.code());
            }
        }
        assertEquals(4, records.reads("t6").size());
        assertEquals(4, resource.reads(as("supervisor1", Role.SUPERVISOR, null), "t6").size());
        try {
            resource.reads(as("donghai_office", Role.SUPERVISOR, null, "320722"), "t6");
            fail("a county's talent office reads the reads of a Haizhou talent");
        } catch (Refusal r) {
            assertEquals("HEALTH_RECORD_NOT_FOUND", r.code());
        }
    }

    /**
     * Art.4.4 within Art.7: a request for an examination months away is completed on time by
     * arranging it (nothing in the record yet); health staff of the talent's jurisdiction note the
     * results once it has taken place, once, into the record the talent reads.
     */
    @Test
    public void art44AnExaminationMonthsAwayIsCompletedByArrangingItAndItsResultsAreNotedAfterIt() throws Exception {
        Application a = application("t8", exam("2027-03-10"));
        act(TicketAction.ACCEPT, a, "k8", Map.of());
        Outcome arranged = act(TicketAction.RESOLVE, a, "k8", Map.of());
        assertTrue(arranged.summary.zh, arranged.summary.zh.contains("2027-03-10") && arranged.summary.zh.contains("连云港市第一人民医院"));
        assertEquals("2027-03-10", arranged.values.get("examDate"));
        assertEquals(0, jpa.rows("MEDICAL_HEALTH_RECORD"));

        SecurityContext health = as("dept_health", Role.DEPARTMENT, "HEALTH");
        assertEquals("EXAM_NOT_YET_HELD:results", refusedResults(health, "k8", "各项指标正常"));
        // Whoever is not health staff is told so, for any ticket (it says nothing of the examination);
        // health staff of another jurisdiction are told there is none for them to record.
        for (SecurityContext other : new SecurityContext[] {as("window1", Role.WINDOW, null), as("acct-t8", Role.TALENT, null),
                as("dept_edu", Role.DEPARTMENT, "EDUCATION")}) {
            assertEquals(other.getUserPrincipal().getName(), "HEALTH_STAFF_ONLY:", refusedResults(other, "k8", "各项指标正常"));
            assertEquals("HEALTH_STAFF_ONLY:", refusedResults(other, "unknown", "各项指标正常"));
        }
        assertEquals("EXAM_NOT_AWAITING_RESULTS:",
                refusedResults(as("donghai_health", Role.DEPARTMENT, "HEALTH", "320722"), "k8", "各项指标正常"));
        now = Instant.parse("2027-03-10T08:00:00Z");
        assertEquals("VALUE_REQUIRED:results", refusedResults(health, "k8", " "));
        assertEquals("RESULTS_TOO_LONG:results", refusedResults(health, "k8", "很".repeat(4001)));
        assertEquals(0, jpa.rows("MEDICAL_HEALTH_RECORD"));
        assertEquals("dept_health", resource.noteResults(health, "k8", new HealthRecordResource.ResultsInput("各项指标正常")).get("recordedBy"));
        assertTrue(resource.record(as("acct-t8", Role.TALENT, null), "t8").toString().contains("各项指标正常"));
        assertEquals("RESULTS_ALREADY_NOTED:", refusedResults(health, "k8", "复查正常"));
        assertEquals(1, jpa.rows("MEDICAL_HEALTH_RECORD"));
        // A request completed with its results awaits none.
        assertEquals("EXAM_NOT_AWAITING_RESULTS:", refusedResults(health, "unknown", "正常"));
    }

    /**
     * Art.4.4: the talent reads the record by who the login is bound to now: after the window binds
     * the login to another person, the first one's results do not follow it.
     */
    @Test
    public void art44TheHealthRecordFollowsTheTalentNotTheLogin() {
        Application a = application("t6", exam("2026-11-25"));
        act(TicketAction.ACCEPT, a, "k6", Map.of());
        act(TicketAction.RESOLVE, a, "k6", Map.of("results", "甲状腺结节，建议复查"));
        assertEquals("TALENT", resource.record(as("acct-t6", Role.TALENT, null), "t6").get("readAs"));
        logins.put("t6", "acct-new");
        try {
            resource.record(as("acct-t6", Role.TALENT, null), "t6");
            fail("the login's former talent's record");
        } catch (Refusal r) {
            assertEquals("HEALTH_RECORD_NOT_FOUND", r.code());
        }
        assertTrue(resource.record(as("acct-new", Role.TALENT, null), "t6").toString().contains("甲状腺结节"));
        // Who typed the results in is for staff.
        assertTrue(resource.record(as("acct-new", Role.TALENT, null), "t6").toString().contains("recordedBy=null"));
        assertTrue(resource.record(as("dept_health", Role.DEPARTMENT, "HEALTH"), "t6").toString().contains("recordedBy=dept_health"));
    }

    /** The refusal of noting results, as code:field. */
    private String refusedResults(SecurityContext who, String ticket, String results) {
        try {
            resource.noteResults(who, ticket, new HealthRecordResource.ResultsInput(results));
            fail("results noted by " + who.getUserPrincipal().getName());
            return null;
        } catch (Refusal r) {
            return r.code() + ":" + (r.fieldErrors().isEmpty() ? "" : r.fieldErrors().get(0).field);
        }
    }

    @Test
    public void aBadDirectoryEntryIsReported() {
        for (String bad : new String[] {"s1|春季|Spring|2027-04-16|2027-04-12|30", "s1|春季|Spring|2027-04-12|2027-04-16|0", "s1|春季"}) {
            try {
                new MedicalDirectory(config(bad), new CityJurisdictions());
                fail(bad);
            } catch (ConfigurationRefused e) {
                // Art.9: the operator reads why in both languages, naming the setting.
                assertEquals(MedicalConfiguration.PID, e.pid());
                assertTrue(e.reason().zh, e.reason().zh.startsWith("设置") && e.reason().en.startsWith("setting"));
            }
        }
    }
}
