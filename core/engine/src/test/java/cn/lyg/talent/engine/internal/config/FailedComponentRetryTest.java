package cn.lyg.talent.engine.internal.config;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/**
 * Art.9: a county's operator corrects a plugin's file and the plugin comes back, without the
 * healthy configurations of the same component (the city's housing terms) being restarted.
 */
public class FailedComponentRetryTest {
    private static final String CITY = "cn.lyg.talent.plugin.housing.terms~city";
    private static final String DONGHAI = "cn.lyg.talent.plugin.housing.terms~donghai";
    private static final String DONGHAI2 = "cn.lyg.talent.plugin.housing.terms~donghai2";

    @Test
    public void aFailureOfTheConfigurationJustChangedIsLeftToScr() {
        // SCR has just tried the county's file again by itself: restarting the component would
        // restart the city's terms too.
        assertFalse(FailedComponentRetry.needsRetry(List.of(active(CITY), failed(DONGHAI)), DONGHAI));
    }

    @Test
    public void aFailureBecauseOfAnotherConfigurationIsTriedAgain() {
        // Two files named Donghai; one is deleted: the other, refused because of it, gets its try.
        assertTrue(FailedComponentRetry.needsRetry(List.of(active(CITY), failed(DONGHAI2)), DONGHAI));
    }

    @Test
    public void aComponentThatFailedForWantOfAnotherIsTriedAgain() {
        ComponentConfigurationDTO offering = new ComponentConfigurationDTO();
        offering.state = ComponentConfigurationDTO.FAILED_ACTIVATION;
        offering.properties = Map.of("component.name", "cn.lyg.talent.plugin.medical.internal.MedicalCare");
        assertTrue(FailedComponentRetry.needsRetry(List.of(offering), "cn.lyg.talent.plugin.medical"));
    }

    @Test
    public void healthyComponentsAreLeftAlone() {
        assertFalse(FailedComponentRetry.needsRetry(List.of(active(CITY), active(DONGHAI)), DONGHAI2));
        assertFalse(FailedComponentRetry.needsRetry(List.of(), DONGHAI));
    }

    @Test
    public void aComponentOfSeveralConfigurationsIsLeftToScrWhenOneOfThemChanged() {
        ComponentConfigurationDTO several = failed(null);
        several.properties = Map.of("service.pid", new String[] {"cn.lyg.talent.window", DONGHAI});
        assertFalse(FailedComponentRetry.needsRetry(List.of(several), DONGHAI));
        assertTrue(FailedComponentRetry.needsRetry(List.of(several), CITY));
    }

    private static ComponentConfigurationDTO active(String pid) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.state = ComponentConfigurationDTO.ACTIVE;
        c.properties = Map.of("service.pid", pid);
        return c;
    }

    private static ComponentConfigurationDTO failed(String pid) {
        ComponentConfigurationDTO c = new ComponentConfigurationDTO();
        c.state = ComponentConfigurationDTO.FAILED_ACTIVATION;
        c.properties = pid == null ? Map.of() : Map.of("service.pid", pid);
        return c;
    }
}
