package cn.lyg.talent.plugin.schooling.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.registry.Child;
import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.plugin.testing.CityJurisdictions;

/** Children's schooling, clause by clause of Art.4.2. */
public class ChildSchoolingTest {
    private static final LocalDate APPLIED = LocalDate.of(2026, 6, 1);

    static SchoolListsConfiguration config(String highQuality, String threeStar) {
        return new SchoolListsConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SchoolListsConfiguration.class;
            }

            @Override
            public String highQualitySchools() {
                return highQuality;
            }

            @Override
            public String threeStarHighSchools() {
                return threeStar;
            }
        };
    }

    private final ChildSchooling service = new ChildSchooling(new SchoolLists(config(
            "320700|连云港市实验学校; 320706|新海实验中学",
            "320700|江苏省新海高级中学;320722|东海高级中学;"), new CityJurisdictions()));

    private static Talent talent(TalentClass cls, Degree degree, LocalDate childBorn) {
        Talent t = new Talent();
        t.currentClass = cls;
        t.highestDegree = degree;
        Child c = new Child();
        c.name = "小明";
        c.birthDate = childBorn;
        t.children = List.of(c);
        return t;
    }

    private static Application application(Talent t, String stage, boolean transfer, String hukou) {
        Application a = new Application();
        a.talent = t;
        a.date = APPLIED;
        a.jurisdiction = "320706";
        a.form.put(ChildSchooling.CHILD, "小明");
        a.form.put(ChildSchooling.STAGE, stage);
        a.form.put(ChildSchooling.TRANSFER, transfer);
        if (hukou != null) {
            a.form.put(ChildSchooling.HUKOU, hukou);
        }
        return a;
    }

    private Outcome submitted(Application a) {
        TicketTransition t = new TicketTransition();
        t.action = TicketAction.SUBMIT;
        t.jurisdiction = a.jurisdiction;
        t.application = a;
        return service.handle(t);
    }

    private Outcome resolved(Application a, String school) {
        TicketTransition t = new TicketTransition();
        t.action = TicketAction.RESOLVE;
        t.jurisdiction = a.jurisdiction;
        t.application = a;
        if (school != null) {
            t.values.put(ChildSchooling.SCHOOL, school);
        }
        return service.handle(t);
    }

    private static final LocalDate SEVEN = LocalDate.of(2019, 3, 1);

    /** Two requests for one child would both be resolved, into two schools. */
    @Test
    public void art42OneRequestPerChildAtATime() {
        Application a = application(talent(TalentClass.C, Degree.MASTER, SEVEN), "primary", false, null);
        assertTrue(service.evaluate(a).isEligible());
        // Another child's request under way does not stand in the way.
        a.openRequestForms.put("320706-20261127-0001", java.util.Map.of(ChildSchooling.CHILD, "小红"));
        assertTrue(service.evaluate(a).isEligible());
        a.openRequestForms.put("320706-20261127-0002", java.util.Map.of(ChildSchooling.CHILD, "小明"));
        Verdict pending = service.evaluate(a);
        assertEquals("CHILD_PENDING", pending.code());
        assertEquals(ChildSchooling.CHILD, pending.field());
        assertEquals("小明的入学申请 320706-20261127-0002 尚在办理中；该事项办结、不予受理或撤回后方可再次申请。", pending.reasonZh());
    }

    @Test
    public void art42ClassCGetsPriorityPlacementAndClassDTheLocalResidentsPolicy() {
        assertEquals("PRIORITY_HIGH_QUALITY",
                submitted(application(talent(TalentClass.C, Degree.MASTER, SEVEN), "primary", false, null)).values.get("category"));
        assertEquals("LOCAL_RESIDENT_POLICY",
                submitted(application(talent(TalentClass.D, Degree.MASTER, SEVEN), "primary", false, null)).values.get("category"));
        assertEquals("PRIORITY_HIGH_QUALITY",
                submitted(application(talent(TalentClass.A, Degree.BACHELOR, SEVEN), "primary", false, null)).values.get("category"));
    }

    @Test
    public void art42ADoctorateGetsPriorityPlacementWhateverTheClassAndAMasterDoesNot() {
        assertEquals("PRIORITY_HIGH_QUALITY",
                submitted(application(talent(TalentClass.D, Degree.DOCTORATE, SEVEN), "primary", false, null)).values.get("category"));
        assertEquals("LOCAL_RESIDENT_POLICY",
                submitted(application(talent(TalentClass.D, Degree.MASTER, SEVEN), "primary", false, null)).values.get("category"));
    }

    @Test
    public void art42PreschoolAndCompulsoryEducationIsExamFreeNearbyEnrolmentWhereverTheHukouIs() {
        Outcome here = submitted(application(talent(TalentClass.D, Degree.MASTER, SEVEN), "primary", false, "连云港市海州区"));
        Outcome elsewhere = submitted(application(talent(TalentClass.D, Degree.MASTER, SEVEN), "primary", false, "河南省郑州市"));
        assertEquals(here.values, elsewhere.values);
        assertEquals(here.summary.zh, elsewhere.summary.zh);
        assertTrue(here.summary.zh.contains("免试就近入学"));
        assertTrue(submitted(application(talent(TalentClass.D, Degree.MASTER, LocalDate.of(2022, 5, 1)), "kindergarten",
                false, "外省")).summary.zh.contains("免试就近入学"));
    }

    @Test
    public void art42ASeniorHighTransferFromAnotherCityGoesToAThreeStarSchoolAndNothingElseIsPromised() {
        LocalDate sixteen = LocalDate.of(2010, 1, 1);
        Application transfer = application(talent(TalentClass.D, Degree.MASTER, sixteen), "senior-high", true, null);
        assertTrue(service.evaluate(transfer).isEligible());
        assertEquals("THREE_STAR_HIGH_SCHOOL", submitted(transfer).values.get("category"));
        Verdict local = service.evaluate(application(talent(TalentClass.A, Degree.DOCTORATE, sixteen), "senior-high", false, null));
        assertFalse(local.isEligible());
        assertEquals("SENIOR_HIGH_TRANSFER_ONLY", local.code());
    }

    @Test
    public void theChildsAgeMustFitTheStageOn31August() {
        // Born 1 September 2020: 5 on 31 August 2026, too young for primary, right for kindergarten.
        Talent t = talent(TalentClass.C, Degree.MASTER, LocalDate.of(2020, 9, 1));
        assertEquals("AGE_NOT_FIT_STAGE", service.evaluate(application(t, "primary", false, null)).code());
        assertTrue(service.evaluate(application(t, "kindergarten", false, null)).isEligible());
        // Born 31 August 2020: 6 on that day, primary.
        assertTrue(service.evaluate(application(talent(TalentClass.C, Degree.MASTER, LocalDate.of(2020, 8, 31)), "primary",
                false, null)).isEligible());
        assertEquals(ChildSchooling.STAGE, service.evaluate(application(t, "junior-secondary", false, null)).field());
    }

    @Test
    public void theApplicationIsForAChildOfTheTalentsRecord() {
        Application a = application(talent(TalentClass.C, Degree.MASTER, SEVEN), "primary", false, null);
        a.form.put(ChildSchooling.CHILD, "小红");
        Verdict v = service.evaluate(a);
        assertEquals("CHILD_NOT_REGISTERED", v.code());
        assertEquals(ChildSchooling.CHILD, v.field());
    }

    @Test
    public void art42OnResolveTheSchoolMustBeOnTheJurisdictionsListForTheCategory() {
        Application priority = application(talent(TalentClass.C, Degree.MASTER, SEVEN), "primary", false, null);
        for (String bad : new String[] {null, "东海高级中学", "某民办学校"}) {
            try {
                resolved(priority, bad);
                fail(bad);
            } catch (Refusal r) {
                // The refusal's code is its field's: a school is wanted, one on the category's list.
                assertEquals(bad == null ? "SCHOOL_REQUIRED" : "SCHOOL_NOT_LISTED", r.code());
                assertEquals(bad == null ? "REQUIRED" : "SCHOOL_NOT_LISTED", r.fieldErrors().get(0).code);
                assertTrue(r.messageZh(), r.messageZh().contains("新海实验中学"));
            }
        }
        Outcome own = resolved(priority, "新海实验中学");
        assertEquals("新海实验中学", own.values.get("school"));
        assertEquals("PRIORITY_HIGH_QUALITY", own.values.get("category"));
        assertEquals("连云港市实验学校", resolved(priority, "连云港市实验学校").values.get("school"));
        // The local residents' policy has no list: any school the unit names.
        Application local = application(talent(TalentClass.D, Degree.MASTER, SEVEN), "primary", false, null);
        assertEquals("海州区某小学", resolved(local, "海州区某小学").values.get("school"));
    }

    @Test
    public void otherTransitionsRecordNothing() {
        TicketTransition t = new TicketTransition();
        t.action = TicketAction.ACCEPT;
        assertNull(service.handle(t));
    }

    @Test
    public void aBadSchoolEntryIsReported() {
        for (String bad : new String[] {"新海实验中学", "999999|某学校", "320706|"}) {
            try {
                new SchoolLists(config(bad, ""), new CityJurisdictions());
                fail(bad);
            } catch (ConfigurationRefused e) {
                // Art.9: the operator reads why in both languages, naming the setting.
                assertEquals(SchoolListsConfiguration.PID, e.pid());
                assertTrue(e.reason().zh, e.reason().zh.startsWith("设置") && e.reason().en.startsWith("setting"));
            }
        }
    }
}
