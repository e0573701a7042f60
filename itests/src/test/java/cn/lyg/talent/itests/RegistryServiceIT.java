package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.registry.CertificationInput;
import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Gender;
import cn.lyg.talent.api.registry.IdentityDocument;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.registry.TalentRegistry;

/** The registry through its OSGi service in the running distribution (Art.3, Art.5). */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class RegistryServiceIT extends TalentTestSupport {

    // Looked up after the container settled (not injected before): a refresh right after boot
    // would leave an injected proxy pointing at a stale bundle wiring.
    TalentRegistry registry;
    Actors actors;
    UnitDirectory units;
    JurisdictionDirectory jurisdictions;

    @Before
    public void services() throws Exception {
        registry = service(TalentRegistry.class, null);
        actors = service(Actors.class, null);
        units = service(UnitDirectory.class, null);
        jurisdictions = service(JurisdictionDirectory.class, null);
    }

    private TalentInput input(String name, String id) {
        TalentInput in = new TalentInput();
        in.name = name;
        in.gender = Gender.MALE;
        in.document = new IdentityDocument(DocumentType.RESIDENT_ID, id);
        in.highestDegree = Degree.MASTER;
        in.phone = "13912345678";
        return in;
    }

    @Test
    public void everyBundleOfTheDistributionIsActive() throws Exception {
        // The container may still be refreshing after the test probe went in: give it 30 s to settle.
        long until = System.currentTimeMillis() + 30_000;
        List<String> notActive;
        do {
            notActive = new ArrayList<>();
            for (Bundle b : bundleContext.getBundles()) {
                boolean fragment = b.getHeaders().get("Fragment-Host") != null;
                // Lazily activated bundles wait in STARTING until first used.
                if (!fragment && b.getState() != Bundle.ACTIVE && b.getState() != Bundle.STARTING) {
                    notActive.add(b.getSymbolicName() + " (state " + b.getState() + ")");
                }
            }
            if (!notActive.isEmpty()) {
                Thread.sleep(250);
            }
        } while (!notActive.isEmpty() && System.currentTimeMillis() < until);
        assertEquals(List.of(), notActive);
    }

    /**
     * Every persistence unit transacts through the platform's templates, not Aries JPA's, whose
     * coordination can be finalized while it ends and reports a committed write as failed
     * (decision 0019).
     */
    @Test
    public void everyPersistenceUnitHasThePlatformsTransactionsAndNoneOfAriesJpas() throws Exception {
        for (Bundle b : bundleContext.getBundles()) {
            assertFalse(b.getSymbolicName(), "org.apache.aries.jpa.support".equals(b.getSymbolicName()));
        }
        List<String> booted = List.of("talent", "gold-card", "housing-ledger", "medical-care", "spouse-employment");
        Set<String> units = new TreeSet<>();
        long until = System.currentTimeMillis() + 30_000;
        while (!units.containsAll(booted) && System.currentTimeMillis() < until) {
            units.clear();
            for (ServiceReference<?> unit : bundleContext.getServiceReferences("javax.persistence.EntityManagerFactory", "(osgi.unit.name=*)")) {
                units.add((String) unit.getProperty("osgi.unit.name"));
            }
            if (!units.containsAll(booted)) {
                Thread.sleep(250);
            }
        }
        assertTrue(units.toString(), units.containsAll(booted));
        Set<String> templates = new TreeSet<>();
        for (ServiceReference<?> template : bundleContext.getServiceReferences("org.apache.aries.jpa.template.JpaTemplate", null)) {
            assertEquals("cn.lyg.talent.persistence", template.getBundle().getSymbolicName());
            templates.add((String) template.getProperty("osgi.unit.name"));
        }
        assertEquals(units, templates);
    }

    @Test
    public void art3RegisterCertifyAndJudgeHighLevel() throws Exception {
        Actor window = actors.of("window1", List.of("window"));
        Actor supervisor = actors.of("supervisor1", List.of("supervisor"));
        long before = count("TALENT");
        Talent t = registry.register(input("服务测试", newIdNumber()), window);
        assertEquals(before + 1, count("TALENT"));
        assertFalse(registry.isHighLevel(t.id, LocalDate.now()));
        CertificationInput c = new CertificationInput();
        c.talentClass = TalentClass.D;
        c.certifiedBy = "市人才办";
        c.basis = "测试认定";
        c.validFrom = LocalDate.now().minusDays(1);
        registry.certify(t.id, c, supervisor);
        assertTrue(registry.isHighLevel(t.id, LocalDate.now()));
        assertEquals("window1", registry.get(t.id, supervisor).createdBy);
    }

    @Test
    public void badInputThroughTheServiceWritesNothing() throws Exception {
        Actor window = actors.of("window1", List.of("window"));
        Map<String, Long> before = snapshot();
        try {
            registry.register(input("坏数据", "110105194912310021"), window);
            fail();
        } catch (Refusal r) {
            assertEquals("TALENT_INVALID", r.code());
            assertEquals("document.number", r.fieldErrors().get(0).field);
        }
        assertEquals(before, snapshot());
    }

    @Test
    public void art5UnitsAreSeededWithTheir2018Names() {
        assertEquals("市教育局", units.get("EDUCATION").get().aliases.get(0).nameZh);
        assertEquals(Set.of("HRSS", "HOUSING"), Set.copyOf(units.forService("housing").stream().map(u -> u.code).toList()));
        assertEquals("320700", jurisdictions.instanceJurisdiction().code);
        assertTrue(jurisdictions.covers("320700", "320722"));
        assertFalse(jurisdictions.get("320705").get().active);
    }
}
