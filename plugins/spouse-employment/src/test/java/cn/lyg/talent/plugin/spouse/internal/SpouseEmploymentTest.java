package cn.lyg.talent.plugin.spouse.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.registry.EmployerNature;
import cn.lyg.talent.api.registry.PersonalStatus;
import cn.lyg.talent.api.registry.Spouse;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.plugin.testing.LocalJpa;

/** Spouse employment, clause by clause of Art.4.1. */
public class SpouseEmploymentTest {
    private StaffingDecisions decisions;
    private SpouseEmployment service;

    @Before
    public void setUp() throws Exception {
        LocalJpa jpa = new LocalJpa("spouse-employment");
        decisions = new StaffingDecisions(config("STAFFING"), jpa.dataSource(), jpa,
                // 07:30 on 2026-11-20 in Lianyungang, still the 19th in UTC: decisions are dated locally.
                Clock.fixed(Instant.parse("2026-11-19T23:30:00Z"), ZoneOffset.UTC));
        service = new SpouseEmployment(decisions);
    }

    static SpouseEmploymentConfiguration config(String unit) {
        return new SpouseEmploymentConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SpouseEmploymentConfiguration.class;
            }

            @Override
            public String staffingOfficeUnit() {
                return unit;
            }
        };
    }

    @Test
    public void aBadStaffingOfficeUnitIsReported() throws Exception {
        LocalJpa jpa = new LocalJpa("spouse-employment");
        try {
            new StaffingDecisions(config("staffing office"), jpa.dataSource(), jpa, Clock.systemUTC());
            fail();
        } catch (ConfigurationRefused e) {
            // Art.9: the operator reads why in both languages, naming the setting.
            assertEquals(SpouseEmploymentConfiguration.PID, e.pid());
            assertTrue(e.reason().zh, e.reason().zh.startsWith("设置") && e.reason().en.startsWith("setting"));
        }
    }

    private static Application application(PersonalStatus status, EmployerNature nature, String route, Map<String, Object> form) {
        Application a = new Application();
        a.talent = new Talent();
        if (status != null) {
            a.talent.spouse = new Spouse();
            a.talent.spouse.name = "李华";
            a.talent.spouse.personalStatus = status;
            a.talent.spouse.originalEmployerNature = nature;
            a.talent.spouse.speciality = "临床医学";
        }
        a.form.put(SpouseEmployment.ROUTE, route);
        a.form.putAll(form);
        return a;
    }

    private Outcome handle(TicketAction action, Application a, Map<String, String> values) {
        TicketTransition t = new TicketTransition();
        t.action = action;
        t.application = a;
        t.ticketId = "11111111-2222-3333-4444-555555555555";
        t.actor = "dept_hrss";
        t.at = Instant.parse("2026-11-25T02:00:00Z");
        t.values.putAll(values);
        return service.handle(t);
    }

    private Refusal refused(Runnable r) {
        try {
            r.run();
            fail();
            return null;
        } catch (Refusal e) {
            return e;
        }
    }

    @Test
    public void art41RecommendationMatchesTheSpousesStatusAndTheOriginalEmployersNature() {
        Map<String, Object> why = Map.of(SpouseEmployment.DIFFICULTY, "单位无对口岗位");
        assertEquals("PARTY_GOVERNMENT_ORGAN", handle(TicketAction.SUBMIT, application(PersonalStatus.CIVIL_SERVANT,
                EmployerNature.PARTY_GOVERNMENT_ORGAN, "recommendation", why), Map.of()).values.get("receivingKind"));
        assertEquals("PUBLIC_INSTITUTION", handle(TicketAction.SUBMIT, application(PersonalStatus.PUBLIC_INSTITUTION_STAFF,
                EmployerNature.PUBLIC_INSTITUTION, "recommendation", why), Map.of()).values.get("receivingKind"));
        assertEquals("STATE_ENTERPRISE", handle(TicketAction.SUBMIT, application(PersonalStatus.ENTERPRISE_EMPLOYEE,
                EmployerNature.STATE_ENTERPRISE, "recommendation", why), Map.of()).values.get("receivingKind"));
        assertEquals("ENTERPRISE", handle(TicketAction.SUBMIT, application(PersonalStatus.ENTERPRISE_EMPLOYEE,
                EmployerNature.PRIVATE_ENTERPRISE, "recommendation", why), Map.of()).values.get("receivingKind"));
    }

    @Test
    public void art41ARecommendationIsOnApplicationWhereTheEmployerTrulyCannotAndForASpouseWithAStatus() {
        assertEquals("DIFFICULTY_REQUIRED", service.evaluate(application(PersonalStatus.CIVIL_SERVANT,
                EmployerNature.PARTY_GOVERNMENT_ORGAN, "recommendation", Map.of())).code());
        Verdict none = service.evaluate(application(PersonalStatus.NONE, EmployerNature.NONE, "recommendation",
                Map.of(SpouseEmployment.DIFFICULTY, "无")));
        assertEquals("RECOMMENDATION_NEEDS_STATUS", none.code());
        // Every missing piece at once: the difficulty, a status to recommend on and the speciality.
        Application bare = application(PersonalStatus.NONE, EmployerNature.NONE, "recommendation", Map.of());
        bare.talent.spouse.speciality = null;
        assertEquals(List.of("DIFFICULTY_REQUIRED", "RECOMMENDATION_NEEDS_STATUS", "SPECIALITY_REQUIRED"),
                service.evaluate(bare).reasons().stream().map(Verdict::code).toList());
        assertEquals(List.of("difficulty", "route"), service.evaluate(bare).reasons().stream().map(Verdict::field)
                .filter(java.util.Objects::nonNull).toList());
        assertTrue(service.evaluate(application(PersonalStatus.NONE, EmployerNature.NONE, "public-employment-service",
                Map.of())).isEligible());
        assertEquals("SPOUSE_NOT_REGISTERED", service.evaluate(application(null, null, "public-employment-service", Map.of())).code());
    }

    @Test
    public void art41TheEmployerArrangesWithItsConfirmationOnRecord() {
        assertEquals("EMPLOYER_CONFIRMATION_REQUIRED", service.evaluate(application(PersonalStatus.ENTERPRISE_EMPLOYEE,
                EmployerNature.PRIVATE_ENTERPRISE, "employer-arranged", Map.of())).code());
        Application a = application(PersonalStatus.ENTERPRISE_EMPLOYEE, EmployerNature.PRIVATE_ENTERPRISE, "employer-arranged",
                Map.of(SpouseEmployment.CONFIRMATION, "att-1"));
        assertTrue(service.evaluate(a).isEligible());
        Outcome o = handle(TicketAction.RESOLVE, a, Map.of(SpouseEmployment.UNIT, "江苏海洋大学附属医院"));
        assertEquals("江苏海洋大学附属医院", o.values.get(SpouseEmployment.UNIT));
        assertEquals("2026-11-25", o.values.get("decidedOn"));
    }

    /** A handler resolving a recommendation with nothing filled in is told every value it lacks at once. */
    @Test
    public void art41EveryMissingValueIsNamedAtOnce() {
        Application a = application(PersonalStatus.PUBLIC_INSTITUTION_STAFF, EmployerNature.PUBLIC_INSTITUTION, "recommendation",
                Map.of(SpouseEmployment.DIFFICULTY, "单位无编制"));
        Refusal r = refused(() -> handle(TicketAction.RESOLVE, a, Map.of()));
        assertEquals("VALUE_REQUIRED", r.code());
        assertEquals(List.of("values." + SpouseEmployment.UNIT + ":VALUE_REQUIRED", "values." + SpouseEmployment.KIND + ":VALUE_REQUIRED",
                "values." + SpouseEmployment.QUOTA + ":QUOTA_REQUIRED"),
                r.fieldErrors().stream().map(e -> e.field + ":" + e.code).toList());
    }

    @Test
    public void art41AReceivingUnitMustBeOfTheMatchingKind() {
        Application a = application(PersonalStatus.CIVIL_SERVANT, EmployerNature.PARTY_GOVERNMENT_ORGAN, "recommendation",
                Map.of(SpouseEmployment.DIFFICULTY, "无对口岗位"));
        assertEquals("RECEIVING_KIND_MISMATCH", refused(() -> handle(TicketAction.RESOLVE, a,
                Map.of(SpouseEmployment.UNIT, "某公司", SpouseEmployment.KIND, "ENTERPRISE"))).code());
        // Left out, the kind is asked for, naming the one that matches.
        Refusal missing = refused(() -> handle(TicketAction.RESOLVE, a, Map.of(SpouseEmployment.UNIT, "市司法局")));
        assertEquals("VALUE_REQUIRED", missing.code());
        assertTrue(missing.messageZh(), missing.messageZh().contains("PARTY_GOVERNMENT_ORGAN"));
        assertEquals("市司法局", handle(TicketAction.RESOLVE, a, Map.of(SpouseEmployment.UNIT, "市司法局",
                SpouseEmployment.KIND, "PARTY_GOVERNMENT_ORGAN")).values.get(SpouseEmployment.UNIT));
        // The kind typed in another case is the same kind (as every option of the console takes it).
        assertEquals("PARTY_GOVERNMENT_ORGAN", handle(TicketAction.RESOLVE, a, Map.of(SpouseEmployment.UNIT, "市司法局",
                SpouseEmployment.KIND, " party_government_organ ")).values.get(SpouseEmployment.KIND));
    }

    /**
     * A value the spouse's route does not use is refused, naming the route, instead of being dropped
     * while the handler believes it recorded (jobs recommended on a recommendation; a quota for an
     * organ, which has none to give).
     */
    @Test
    public void art41AValueTheRouteDoesNotUseIsRefused() {
        Application organ = application(PersonalStatus.CIVIL_SERVANT, EmployerNature.PARTY_GOVERNMENT_ORGAN, "recommendation",
                Map.of(SpouseEmployment.DIFFICULTY, "无对口岗位"));
        Refusal r = refused(() -> handle(TicketAction.RESOLVE, organ, Map.of(SpouseEmployment.UNIT, "市司法局",
                SpouseEmployment.KIND, "PARTY_GOVERNMENT_ORGAN", SpouseEmployment.JOBS, "abc", SpouseEmployment.QUOTA, "true")));
        assertEquals("VALUE_NOT_FOR_ROUTE", r.code());
        assertEquals(List.of("values." + SpouseEmployment.JOBS, "values." + SpouseEmployment.QUOTA),
                r.fieldErrors().stream().map(e -> e.field).sorted().toList());
        assertTrue(r.messageZh(), r.messageZh().contains("对口推荐"));
        Application employer = application(PersonalStatus.NONE, null, "employer-arranged", Map.of());
        assertEquals("VALUE_NOT_FOR_ROUTE", refused(() -> handle(TicketAction.RESOLVE, employer,
                Map.of(SpouseEmployment.UNIT, "某公司", SpouseEmployment.KIND, "ENTERPRISE"))).code());
        // Missing and unused values are named together.
        Refusal both = refused(() -> handle(TicketAction.RESOLVE, employer, Map.of(SpouseEmployment.KIND, "ENTERPRISE")));
        assertEquals(List.of("values." + SpouseEmployment.UNIT + ":VALUE_REQUIRED", "values." + SpouseEmployment.KIND
                + ":VALUE_NOT_FOR_ROUTE"), both.fieldErrors().stream().map(e -> e.field + ":" + e.code).toList());
        // A spouse whose status is gone is told that, not that a value is not used.
        Application statusGone = application(PersonalStatus.NONE, null, "recommendation", Map.of(SpouseEmployment.DIFFICULTY, "x"));
        assertEquals("RECOMMENDATION_NEEDS_STATUS", refused(() -> handle(TicketAction.RESOLVE, statusGone,
                Map.of(SpouseEmployment.QUOTA, "true"))).code());
        Application service = application(PersonalStatus.NONE, null, "public-employment-service", Map.of());
        assertEquals("VALUE_NOT_FOR_ROUTE", refused(() -> handle(TicketAction.RESOLVE, service,
                Map.of(SpouseEmployment.JOBS, "3", SpouseEmployment.UNIT, "某公司"))).code());
        assertEquals("3", handle(TicketAction.RESOLVE, service, Map.of(SpouseEmployment.JOBS, "3")).values.get(SpouseEmployment.JOBS));
    }

    @Test
    public void art41WithoutAFreeQuotaThePlacementCountsOnlyOnceTheStaffingOfficeApprovesTakingInFirst() {
        Application a = application(PersonalStatus.PUBLIC_INSTITUTION_STAFF, EmployerNature.PUBLIC_INSTITUTION, "recommendation",
                Map.of(SpouseEmployment.DIFFICULTY, "单位无编制"));
        Map<String, String> noQuota = Map.of(SpouseEmployment.UNIT, "市第一人民医院", SpouseEmployment.KIND, "PUBLIC_INSTITUTION",
                SpouseEmployment.QUOTA, "false");
        assertEquals("TAKE_IN_FIRST_NOT_APPROVED", refused(() -> handle(TicketAction.RESOLVE, a, noQuota)).code());
        decisions.decide("11111111-2222-3333-4444-555555555555", false, "市第一人民医院", "暂缓", "staffing1");
        assertEquals("TAKE_IN_FIRST_NOT_APPROVED", refused(() -> handle(TicketAction.RESOLVE, a, noQuota)).code());
        decisions.decide("11111111-2222-3333-4444-555555555555", true, "市第二人民医院", "同意", "staffing1");
        assertEquals("an approval for another institution does not count", "TAKE_IN_FIRST_NOT_APPROVED",
                refused(() -> handle(TicketAction.RESOLVE, a, noQuota)).code());
        decisions.decide("11111111-2222-3333-4444-555555555555", true, "市第一人民医院", "同意先进后出", "staffing1");
        Outcome o = handle(TicketAction.RESOLVE, a, noQuota);
        assertEquals("2026-11-20", o.values.get("takeInFirstApprovedOn"));
        assertEquals(3, decisions.of("11111111-2222-3333-4444-555555555555").size());
        // With a free quota no approval is needed.
        Map<String, String> quota = Map.of(SpouseEmployment.UNIT, "市第三人民医院", SpouseEmployment.KIND, "PUBLIC_INSTITUTION",
                SpouseEmployment.QUOTA, "true");
        assertEquals("市第三人民医院", handle(TicketAction.RESOLVE, a, quota).values.get(SpouseEmployment.UNIT));
    }

    @Test
    public void art41ASpouseWhoseStatusWentSinceSubmissionIsARefusalNotAFailure() {
        // The record changed between submission and resolution: no spouse with a matching status.
        Application a = application(PersonalStatus.NONE, EmployerNature.NONE, "recommendation",
                Map.of(SpouseEmployment.DIFFICULTY, "无对口岗位"));
        Refusal r = refused(() -> handle(TicketAction.RESOLVE, a,
                Map.of(SpouseEmployment.UNIT, "市司法局", SpouseEmployment.KIND, "PARTY_GOVERNMENT_ORGAN")));
        assertEquals("RECOMMENDATION_NEEDS_STATUS", r.code());
        assertEquals("values." + SpouseEmployment.KIND, r.fieldErrors().get(0).field);
    }

    @Test
    public void art41ASpouseAwaitingWorkJoinsThePublicEmploymentService() {
        Application a = application(PersonalStatus.NONE, EmployerNature.NONE, "public-employment-service", Map.of());
        assertEquals("VALUE_REQUIRED", refused(() -> handle(TicketAction.RESOLVE, a, Map.of())).code());
        // The names it takes are declared, so the window refuses a misspelt one instead of dropping it.
        assertEquals(Set.of(SpouseEmployment.UNIT, SpouseEmployment.KIND, SpouseEmployment.QUOTA, SpouseEmployment.JOBS),
                service.valueNames(TicketAction.RESOLVE));
        assertEquals(Set.of(), service.valueNames(TicketAction.ACCEPT));
        Outcome o = handle(TicketAction.RESOLVE, a, Map.of(SpouseEmployment.JOBS, "市人社局推荐：会计岗位 3 个"));
        assertTrue(o.summary.zh, o.summary.zh.contains("免费就业服务"));
        assertEquals("2026-11-25", o.values.get("enrolledOn"));
    }
}
