package cn.lyg.talent.example.guanyun.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Application;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Verdict;

/** Guanyun's local condition on the gold card (Art.4.5 extended under Art.9). */
public class GuanyunGoldCardRuleTest {

    static GuanyunConfiguration config(int months) {
        return new GuanyunConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return GuanyunConfiguration.class;
            }

            @Override
            public int minimumMonths() {
                return months;
            }
        };
    }

    private static Application months(int m) {
        Application a = new Application();
        a.form.put(GuanyunGoldCardRule.MONTHS, new BigDecimal(m));
        return a;
    }

    @Test
    public void art9TheMinimumIsABoundary() {
        GuanyunGoldCardRule rule = new GuanyunGoldCardRule(config(6));
        assertTrue(rule.evaluate(months(6)).isEligible());
        Verdict five = rule.evaluate(months(5));
        assertFalse(five.isEligible());
        assertEquals("GUANYUN_MINIMUM_MONTHS", five.code());
        assertEquals(GuanyunGoldCardRule.MONTHS, five.field());
        assertTrue(five.reasonZh().contains("6"));
    }

    @Test
    public void theFieldItAddsIsRequiredAndNamesTheMinimum() {
        GuanyunGoldCardRule rule = new GuanyunGoldCardRule(config(12));
        assertTrue(rule.fields().get(0).required);
        assertTrue(rule.fields().get(0).hint.zh.contains("12"));
        assertFalse(rule.evaluate(new Application()).isEligible());
    }

    @Test
    public void aBadSettingIsReported() {
        try {
            new GuanyunGoldCardRule(config(-1));
            fail();
        } catch (ConfigurationRefused e) {
            assertEquals(GuanyunConfiguration.PID, e.pid());
            assertTrue(e.reason().zh, e.reason().zh.startsWith("设置") && e.reason().en.startsWith("setting"));
        }
    }
}
