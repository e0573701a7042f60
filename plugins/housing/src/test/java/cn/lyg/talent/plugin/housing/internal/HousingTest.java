package cn.lyg.talent.plugin.housing.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
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
        return terms(values, NO_OTHER_TERMS, "cn.lyg.talent.plugin.housing.terms~test");
    }

    /** Terms as the runtime starts them, beside the terms configurations {@code admin} lists; {@code pid}: their own. */
    static HousingTerms terms(Map<String, Object> values, ConfigurationAdmin admin, String pid) {
        HousingTermsConfiguration c = (HousingTermsConfiguration) Proxy.newProxyInstance(HousingTest.class.getClassLoader(),
                new Class<?>[] {HousingTermsConfiguration.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return HousingTermsConfiguration.class;
                    }
                    return values.containsKey(method.getName()) ? values.get(method.getName()) : method.getDefaultValue();
                });
        return new HousingTerms(c, Map.of(Constants.SERVICE_PID, pid), new CityJurisdictions(), admin);
    }

    private static final ConfigurationAdmin NO_OTHER_TERMS = configurations();

    /** A ConfigurationAdmin that lists these terms files (file name → jurisdiction) and nothing else. */
    static ConfigurationAdmin configurations(String... fileAndJurisdiction) {
        List<Configuration> listed = new ArrayList<>();
        for (int i = 0; i < fileAndJurisdiction.length; i += 2) {
            String name = fileAndJurisdiction[i];
            Hashtable<String, Object> p = new Hashtable<>();
            p.put("jurisdiction", fileAndJurisdiction[i + 1]);
            p.put("felix.fileinstall.filename", "file:/opt/talent/etc/" + name);
            String pid = HousingTermsConfiguration.PID + "~" + name;
            listed.add((Configuration) Proxy.newProxyInstance(HousingTest.class.getClassLoader(), new Class<?>[] {Configuration.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getPid" -> pid;
                        case "getProperties" -> p;
                        default -> throw new UnsupportedOperationException(method.getName());
                    }));
        }
        return (ConfigurationAdmin) Proxy.newProxyInstance(HousingTest.class.getClassLoader(), new Class<?>[] {ConfigurationAdmin.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("listConfigurations")) {
                        return listed.isEmpty() ? null : listed.toArray(new Configuration[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
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
        return objects(terms, null);
    }

    private static ComponentServiceObjects<HousingTerms> objects(HousingTerms terms, ServiceReference<HousingTerms> ref) {
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
                return ref;
            }
        };
    }

    /** Two files for one jurisdiction would put two sets of amounts in the guide: both are refused, naming the other. */
    @Test
    public void art9OneTermsFilePerJurisdiction() {
        ConfigurationAdmin both = configurations("cn.lyg.talent.plugin.housing.terms-donghai.cfg", "320722",
                "cn.lyg.talent.plugin.housing.terms-donghai2.cfg", "320722", "cn.lyg.talent.plugin.housing.terms-guanyun.cfg", "320723");
        for (String[] own : new String[][] {{"cn.lyg.talent.plugin.housing.terms-donghai.cfg", "terms-donghai2.cfg"},
                {"cn.lyg.talent.plugin.housing.terms-donghai2.cfg", "terms-donghai.cfg"}}) {
            try {
                terms(Map.of("jurisdiction", "320722"), both, HousingTermsConfiguration.PID + "~" + own[0]);
                fail(own[0]);
            } catch (ConfigurationRefused e) {
                assertTrue(e.reason().zh, e.reason().zh.contains("etc/cn.lyg.talent.plugin.housing." + own[1])
                        && e.reason().zh.contains("每个辖区只保留一个文件") && e.reason().en.contains("neither applies"));
            }
        }
        // Another county is fine; so is Donghai once one of its files is gone.
        terms(Map.of("jurisdiction", "320723"), both, HousingTermsConfiguration.PID + "~cn.lyg.talent.plugin.housing.terms-guanyun.cfg");
        terms(Map.of("jurisdiction", "320722"), configurations("cn.lyg.talent.plugin.housing.terms-donghai.cfg", "320722"),
                HousingTermsConfiguration.PID + "~cn.lyg.talent.plugin.housing.terms-donghai.cfg");
    }

    /**
     * While a county's own terms are refused, its requests are held, on submission and on
     * resolution: the city's amounts are not the county's, and the ledger must not say otherwise.
     */
    @Test
    public void art9ACountyWhoseTermsAreRefusedIsHeldNotGrantedTheCitysAmounts() {
        Housing h = new Housing(List.of(started(terms(Map.of())), refusedFor("320722")), new CityJurisdictions(), ledger);
        Verdict held = h.evaluate(application(TalentClass.C, "320722", "purchase-voucher"));
        assertEquals("TERMS_BEING_CORRECTED", held.code());
        assertTrue(held.reasonZh(), held.reasonZh().startsWith("东海县的人才安居标准设置有误"));
        TicketTransition resolve = transition(application(TalentClass.C, "320722", "purchase-voucher"));
        resolve.action = TicketAction.RESOLVE;
        resolve.values.put("startDate", "2026-12-01");
        try {
            h.handle(resolve);
            fail("resolved under the city's terms");
        } catch (Refusal r) {
            assertEquals("TERMS_BEING_CORRECTED", r.code());
        }
        assertTrue(ledger.of("talent-C-320722").isEmpty());
        // The city and the other counties go on.
        assertTrue(h.evaluate(application(TalentClass.C, "320723", "purchase-voucher")).isEligible());
        // Donghai's terms in force beside refused ones (a second file for Donghai, refused) apply no more than they.
        Housing twice = new Housing(List.of(started(terms(Map.of())), started(terms(Map.of("jurisdiction", "320722"))),
                refusedFor("320722")), new CityJurisdictions(), ledger);
        assertEquals("TERMS_BEING_CORRECTED", twice.evaluate(application(TalentClass.C, "320722", "purchase-voucher")).code());
        assertTrue(!twice.definition().guide.eligibility.zh.contains("东海县"));
    }

    /** Terms that did not start, as the runtime hands them over: no service, their configuration's jurisdiction. */
    private static ComponentServiceObjects<HousingTerms> refusedFor(String jurisdiction) {
        @SuppressWarnings("unchecked")
        ServiceReference<HousingTerms> ref = (ServiceReference<HousingTerms>) Proxy.newProxyInstance(HousingTest.class.getClassLoader(),
                new Class<?>[] {ServiceReference.class}, (proxy, method, args) -> method.getName().equals("getProperty")
                        && "jurisdiction".equals(args[0]) ? jurisdiction : null);
        return objects(null, ref);
    }
}
