package cn.lyg.talent.plugin.housing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;
import org.junit.Test;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Outcome;
import cn.lyg.talent.api.catalog.TicketTransition;
import cn.lyg.talent.api.catalog.Verdict;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.plugin.testing.CityJurisdictions;
import cn.lyg.talent.plugin.testing.LocalJpa;

/** Housing support (Art.4.3) under configured terms, and its ledger. */
public class HousingTest {
    private GrantLedger ledger;
    private Housing housing;

    /** Terms with the metatype defaults, except the values given (by attribute name). */
    static HousingTerms terms(Map<String, Object> values) {
        return terms(values, new TermsClaims(), "etc/cn.lyg.talent.plugin.housing.terms-test.cfg");
    }

    static HousingTerms terms(Map<String, Object> values, TermsClaims claims, String file) {
        HousingTermsConfiguration c = (HousingTermsConfiguration) Proxy.newProxyInstance(HousingTest.class.getClassLoader(),
                new Class<?>[] {HousingTermsConfiguration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return HousingTermsConfiguration.class;
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
        return new HousingTerms(c, Map.of("felix.fileinstall.filename", "file:/opt/talent/" + file), new CityJurisdictions(),
                claims);
    }

    @Before
    public void setUp() throws Exception {
        LocalJpa jpa = new LocalJpa("housing-ledger");
        ledger = new GrantLedger(jpa.dataSource(), jpa);
        // The city's defaults, and Donghai's own: a smaller voucher, no apartment for class D.
        housing = new Housing(new CityJurisdictions(), ledger, List.of(terms(Map.of()),
                terms(Map.of("jurisdiction", "320722", "voucherC", 200000, "apartmentClasses", "A,B,C", "apartmentMonthlyRent", 500))));
    }

    private static Application application(TalentClass cls, String jurisdiction, String... forms) {
        Application a = new Application();
        a.talent = new Talent();
        a.talent.id = "talent-" + cls + "-" + jurisdiction;
        a.talent.currentClass = cls;
        a.jurisdiction = jurisdiction;
        a.date = LocalDate.of(2026, 11, 25);
        a.form.put(Housing.FORMS, List.of(forms));
        return a;
    }

    private Outcome handle(TicketAction action, Application a, String ticketId, Map<String, String> values) {
        TicketTransition t = new TicketTransition();
        t.action = action;
        t.application = a;
        t.ticketId = ticketId;
        t.number = "N-" + ticketId;
        t.actor = "dept_hrss";
        t.at = Instant.parse("2026-11-25T02:00:00Z");
        t.values.putAll(values);
        return housing.handle(t);
    }

    @Test
    public void art43TheJurisdictionsTermsDecideAmountsAndClasses() {
        Outcome city = handle(TicketAction.SUBMIT, application(TalentClass.C, "320706", "purchase-voucher"), "t1", Map.of());
        assertEquals("300000", city.values.get("PURCHASE_VOUCHER"));
        Outcome donghai = handle(TicketAction.SUBMIT, application(TalentClass.C, "320722", "purchase-voucher"), "t2", Map.of());
        assertEquals("200000", donghai.values.get("PURCHASE_VOUCHER"));
        assertTrue(donghai.summary.zh, donghai.summary.zh.contains("东海县"));
        // Class D: an apartment in the city, not in Donghai.
        assertTrue(housing.evaluate(application(TalentClass.D, "320706", "talent-apartment")).isEligible());
        Verdict d = housing.evaluate(application(TalentClass.D, "320722", "talent-apartment"));
        assertEquals("CLASS_NOT_ELIGIBLE", d.code());
        assertTrue(housing.evaluate(application(TalentClass.C, "320722", "talent-apartment")).isEligible());
        // Rents are the jurisdiction's too.
        assertEquals("800", handle(TicketAction.SUBMIT, application(TalentClass.C, "320706", "talent-apartment"), "t8", Map.of())
                .values.get("TALENT_APARTMENT"));
        assertEquals("500", handle(TicketAction.SUBMIT, application(TalentClass.C, "320722", "talent-apartment"), "t9", Map.of())
                .values.get("TALENT_APARTMENT"));
    }

    @Test
    public void art43SomeFormsExcludeEachOther() {
        Verdict both = housing.evaluate(application(TalentClass.B, "320706", "talent-apartment", "purchase-voucher"));
        assertEquals("FORMS_EXCLUDE_EACH_OTHER", both.code());
        assertEquals(Housing.FORMS, both.field());
        assertTrue(housing.evaluate(application(TalentClass.B, "320706", "talent-apartment", "living-subsidy")).isEligible());
        // Three forms that exclude each other: every pair is named at once.
        Verdict three = housing.evaluate(application(TalentClass.B, "320706", "talent-apartment", "purchase-voucher", "employer-housing"));
        assertEquals("FORMS_EXCLUDE_EACH_OTHER", three.code());
        assertEquals("These forms of support exclude each other: Talent apartment and Home-purchase voucher; "
                + "Talent apartment and Employer-built talent housing; Home-purchase voucher and Employer-built talent housing.",
                three.reasonEn());
    }

    /** A second request while one is in progress would be refused only when resolved, and stay stuck. */
    @Test
    public void art43OneHousingRequestAtATime() {
        Application a = application(TalentClass.C, "320706", "talent-apartment");
        assertTrue(housing.evaluate(a).isEligible());
        a.openRequests.add("320706-20261127-0001");
        Verdict pending = housing.evaluate(a);
        assertEquals("HOUSING_PENDING", pending.code());
        assertTrue(pending.reasonZh(), pending.reasonZh().contains("320706-20261127-0001") && pending.reasonZh().contains("尚在办理中"));
        assertTrue(pending.reasonEn(), pending.reasonEn().contains("talent's housing request 320706-20261127-0001"));
    }

    @Test
    public void art43GrantsGoIntoTheLedgerOnceAndAFormIsNotGrantedTwice() {
        Application a = application(TalentClass.C, "320706", "talent-apartment", "living-subsidy");
        try {
            handle(TicketAction.RESOLVE, a, "t3", Map.of("startDate", "2026-12-01"));
            fail("an apartment needs its address");
        } catch (Refusal r) {
            assertEquals("APARTMENT_REQUIRED", r.code());
        }
        Outcome granted = handle(TicketAction.RESOLVE, a, "t3", Map.of("startDate", "2026-12-01", "apartment", "海州区人才公寓3号楼502"));
        assertEquals("海州区人才公寓3号楼502 2026-12-01—2029-11-30", granted.values.get("TALENT_APARTMENT"));
        assertEquals("2000 2026-12-01—2029-11-30", granted.values.get("LIVING_SUBSIDY"));
        // Asked again (the transition failed after the handler answered): nothing recorded twice.
        handle(TicketAction.RESOLVE, a, "t3", Map.of("startDate", "2026-12-01", "apartment", "海州区人才公寓3号楼502"));
        assertEquals(2, ledger.of(a.talent.id).size());
        Verdict again = housing.evaluate(application(TalentClass.C, "320706", "living-subsidy"));
        assertEquals("ALREADY_GRANTED", again.code());
        // The apartment granted excludes a voucher later, on submission and again on resolving.
        assertEquals("EXCLUDED_BY_GRANT", housing.evaluate(application(TalentClass.C, "320706", "purchase-voucher")).code());
        try {
            handle(TicketAction.RESOLVE, application(TalentClass.C, "320706", "purchase-voucher"), "t5", Map.of("startDate", "2026-12-01"));
            fail("a voucher granted next to an apartment");
        } catch (Refusal r) {
            assertEquals("EXCLUDED_BY_GRANT", r.code());
        }
    }

    @Test
    public void art43AGrantIsMadeUnderTheTermsInForceAtResolutionAndStartsNearIt() {
        // Submitted in Donghai as class D for a subsidy; by resolution the class is under what the
        // terms give (a class lapsed, terms changed): refused, nothing recorded.
        Application lapsed = application(null, "320722", "living-subsidy");
        Refusal r = refused(() -> handle(TicketAction.RESOLVE, lapsed, "t6", Map.of("startDate", "2026-12-01")));
        assertEquals("CLASS_NOT_ELIGIBLE", r.code());
        Application apartmentD = application(TalentClass.D, "320722", "talent-apartment");
        assertEquals("CLASS_NOT_ELIGIBLE", refused(() -> handle(TicketAction.RESOLVE, apartmentD, "t7",
                Map.of("startDate", "2026-12-01", "apartment", "东海县人才公寓1号"))).code());
        // A period wholly in the past (or far ahead) is a typing error.
        Application c = application(TalentClass.C, "320706", "living-subsidy");
        Refusal old = refused(() -> handle(TicketAction.RESOLVE, c, "t8", Map.of("startDate", "1900-01-01")));
        assertEquals("START_DATE_OUT_OF_RANGE", old.code());
        assertEquals("values.startDate", old.fieldErrors().get(0).field);
        // A date written another way is named as such, not as missing.
        Refusal slashes = refused(() -> handle(TicketAction.RESOLVE, c, "t8", Map.of("startDate", "2026/12/01")));
        assertEquals("START_DATE_FORMAT", slashes.code());
        assertEquals("Write the start date as YYYY-MM-DD, for example 2026-12-01, not 2026/12/01.", slashes.messageEn());
        assertEquals("START_DATE_REQUIRED", refused(() -> handle(TicketAction.RESOLVE, c, "t8", Map.of())).code());
        assertEquals(0, ledger.of(lapsed.talent.id).size() + ledger.of(apartmentD.talent.id).size() + ledger.of(c.talent.id).size());
    }

    private static Refusal refused(Runnable call) {
        try {
            call.run();
        } catch (Refusal r) {
            return r;
        }
        throw new AssertionError("refusal expected");
    }

    @Test
    public void theGuideShowsEveryJurisdictionsTerms() {
        String zh = housing.definition().guide.eligibility.zh;
        assertTrue(zh, zh.contains("连云港市") && zh.contains("东海县") && zh.contains("C 200000"));
    }

    @Test
    public void otherTransitionsRecordNothingAndABadTermIsReported() {
        assertNull(handle(TicketAction.ACCEPT, application(TalentClass.C, "320706", "living-subsidy"), "t4", Map.of()));
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("voucherC", -1), Map.of("apartmentClasses", "A,E"),
                Map.of("exclusive", "TALENT_APARTMENT+CASTLE"), Map.of("jurisdiction", "donghai"), Map.of("apartmentMonthlyRent", -5),
                // A code no jurisdiction has would be published in the guide and apply to nobody.
                Map.of("jurisdiction", "320799"))) {
            try {
                terms(bad);
                fail(bad.toString());
            } catch (ConfigurationRefused e) {
                // Art.9: the operator reads why in both languages, naming the setting.
                assertEquals(HousingTermsConfiguration.PID, e.pid());
                assertTrue(e.reason().zh, e.reason().zh.startsWith("设置") && e.reason().en.startsWith("setting"));
            }
        }
    }

    /** Art.9: one county's wrong setting must not take housing away from the city and the other counties. */
    @Test
    public void art9TermsThatCannotStartAreLeftOutAndTheOthersStayInForce() {
        Housing h = new Housing(List.of(started(terms(Map.of())), started(null),
                started(terms(Map.of("jurisdiction", "320723", "voucherC", 250000)))), new CityJurisdictions(), ledger);
        assertEquals("300000", h.handle(transition(application(TalentClass.C, "320706", "purchase-voucher"))).values
                .get("PURCHASE_VOUCHER"));
        assertEquals("250000", h.handle(transition(application(TalentClass.C, "320723", "purchase-voucher"))).values
                .get("PURCHASE_VOUCHER"));
        // With no terms at all there is nothing to offer, and the failure reads as following from the terms'.
        try {
            new Housing(List.of(started(null)), new CityJurisdictions(), ledger);
            fail("no terms");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("Unable to get service for reference"));
        }
    }

    private static TicketTransition transition(Application a) {
        TicketTransition t = new TicketTransition();
        t.action = TicketAction.SUBMIT;
        t.application = a;
        t.ticketId = "t-" + a.jurisdiction;
        t.number = "N-" + a.jurisdiction;
        t.actor = "window1";
        t.at = Instant.parse("2026-11-25T02:00:00Z");
        return t;
    }

    /** A terms component as the runtime hands it over: null when its configuration was refused. */
    private static ComponentServiceObjects<HousingTerms> started(HousingTerms terms) {
        return new ComponentServiceObjects<>() {
            @Override
            public HousingTerms getService() {
                return terms;
            }

            @Override
            public void ungetService(HousingTerms service) {
            }

            @Override
            public ServiceReference<HousingTerms> getServiceReference() {
                return null;
            }
        };
    }

    /** Two files for one jurisdiction would put two sets of amounts in the guide: the second is refused, naming the first. */
    @Test
    public void art9OneTermsFilePerJurisdiction() {
        TermsClaims claims = new TermsClaims();
        HousingTerms first = terms(Map.of("jurisdiction", "320722"), claims, "etc/cn.lyg.talent.plugin.housing.terms-donghai.cfg");
        try {
            terms(Map.of("jurisdiction", "320722", "voucherC", 250000), claims, "etc/cn.lyg.talent.plugin.housing.terms-donghai2.cfg");
            fail("two files for Donghai");
        } catch (ConfigurationRefused e) {
            assertTrue(e.reason().zh, e.reason().zh.contains("etc/cn.lyg.talent.plugin.housing.terms-donghai.cfg")
                    && e.reason().en.contains("keep one file per jurisdiction"));
        }
        // The same file again (its settings changed) and another county are fine; once the first
        // file is gone, the second may hold Donghai.
        terms(Map.of("jurisdiction", "320723"), claims, "etc/cn.lyg.talent.plugin.housing.terms-guanyun.cfg");
        first.release();
        terms(Map.of("jurisdiction", "320722", "voucherC", 250000), claims, "etc/cn.lyg.talent.plugin.housing.terms-donghai2.cfg");
    }
}
