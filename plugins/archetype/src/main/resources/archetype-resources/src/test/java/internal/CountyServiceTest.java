package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentClass;

/** The ${serviceCode} service's own condition (Art.9), at its boundary. */
public class CountyServiceTest {

    static CountyServiceConfiguration lowest(String cls) {
        return new CountyServiceConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CountyServiceConfiguration.class;
            }

            @Override
            public String lowestClass() {
                return cls;
            }
        };
    }

    private static Application of(TalentClass cls) {
        Application a = new Application();
        a.talent = new Talent();
        a.talent.currentClass = cls;
        return a;
    }

    @Test
    public void art9TheLowestClassIsTheBoundary() {
        CountyService service = new CountyService(lowest("C"));
        assertTrue(service.evaluate(of(TalentClass.B)).isEligible());
        assertTrue(service.evaluate(of(TalentClass.C)).isEligible());
        assertFalse(service.evaluate(of(TalentClass.D)).isEligible());
        assertEquals("CLASS_TOO_LOW", service.evaluate(of(TalentClass.D)).code());
    }

    @Test
    public void theDefinitionIsComplete() {
        CountyService service = new CountyService(lowest("D"));
        assertEquals(CountyService.CODE, service.definition().code);
        assertFalse(service.definition().units.isEmpty());
        assertTrue(service.definition().form.get(0).required);
    }

    @Test
    public void aBadSettingIsReported() {
        for (String bad : new String[] {"E", "Z"}) {
            try {
                new CountyService(lowest(bad));
                fail(bad);
            } catch (ConfigurationRefused e) {
                assertEquals(CountyServiceConfiguration.PID, e.pid());
                assertTrue(e.reason().zh, e.reason().zh.contains("lowestClass"));
            }
        }
    }
}
