package cn.lyg.talent.engine.internal.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Text;

/** A plugin component that does not start is named with its reason, not a stack trace. */
public class FailedComponentsTest {

    @Test
    public void theInnermostCauseWithoutItsExceptionClass() {
        String failure = "org.osgi.service.component.ComponentException: java.lang.reflect.InvocationTargetException\n"
                + "\tat org.apache.felix.scr.impl.inject.ComponentConstructor.newInstance(ComponentConstructor.java:310)\n"
                + "Caused by: java.lang.reflect.InvocationTargetException\n"
                + "\tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)\n"
                + "Caused by: java.lang.IllegalArgumentException: cn.lyg.talent.plugin.medical: hospitals entry is not valid: 320700\n"
                + "\tat cn.lyg.talent.plugin.medical.internal.MedicalDirectory.bad(MedicalDirectory.java:98)\n";
        assertEquals("cn.lyg.talent.plugin.medical: hospitals entry is not valid: 320700", FailedComponents.reason(failure).en);
        assertEquals("the database is down", FailedComponents.reason("the database is down").zh);
        assertEquals("(no reason given)", FailedComponents.reason(null).en);
        assertEquals("（未说明原因）", FailedComponents.reason(null).zh);
    }

    /** A plugin that refuses its configuration says why in both languages, and which file to correct. */
    @Test
    public void aRefusedConfigurationInBothLanguagesWithItsFile() {
        Exception refused = new ConfigurationRefused("cn.lyg.talent.plugin.medical",
                Text.of("医院条目 H01 无效：\n行政区划代码未知", "hospital entry H01 is not valid:\tunknown division code"));
        String failure = "org.osgi.service.component.ComponentException: java.lang.reflect.InvocationTargetException\n"
                + "\tat org.apache.felix.scr.impl.inject.ComponentConstructor.newInstance(ComponentConstructor.java:310)\n"
                + "Caused by: " + refused + "\n"
                + "\tat cn.lyg.talent.plugin.medical.internal.MedicalDirectory.bad(MedicalDirectory.java:98)\n";
        Text reason = FailedComponents.reason(failure);
        assertEquals("etc/cn.lyg.talent.plugin.medical.cfg：医院条目 H01 无效： 行政区划代码未知", reason.zh);
        assertEquals("etc/cn.lyg.talent.plugin.medical.cfg: hospital entry H01 is not valid: unknown division code", reason.en);
        // One of a factory's configurations names its own file, not one named after the factory.
        Text donghai = FailedComponents.reason(failure, java.util.Map.of("felix.fileinstall.filename",
                "file:/opt/talent/etc/cn.lyg.talent.plugin.medical-donghai.cfg"));
        assertTrue(donghai.zh, donghai.zh.startsWith("etc/cn.lyg.talent.plugin.medical-donghai.cfg："));
        assertTrue(donghai.en, donghai.en.startsWith("etc/cn.lyg.talent.plugin.medical-donghai.cfg: "));
    }

    /**
     * voucherC = -5 is out of its declared range (listed with its file by ConfigurationProblems) and
     * refused by the plugin as negative: one mistake, read once. A refusal of another setting of the
     * same file is a second mistake, and stays.
     */
    @Test
    public void aRefusalOfASettingListedAlreadyIsKnownAsSuch() {
        Exception negative = new ConfigurationRefused("cn.lyg.talent.plugin.housing.terms~donghai",
                Text.of("设置 voucherC 的值“-5”无效：不能为负数", "setting voucherC is not valid, \"-5\": it cannot be negative"));
        String failure = "org.osgi.service.component.ComponentException: java.lang.reflect.InvocationTargetException\n"
                + "Caused by: " + negative + "\n"
                + "\tat cn.lyg.talent.plugin.housing.internal.HousingTerms.bad(HousingTerms.java:120)\n";
        assertTrue(FailedComponents.refusesOneOf(failure, java.util.Set.of("voucherC")));
        assertFalse(FailedComponents.refusesOneOf(failure, java.util.Set.of("voucherD", "voucher")));
        // Not a plugin's refusal: the database, say, is down while a setting is also out of range.
        assertFalse(FailedComponents.refusesOneOf("java.lang.IllegalStateException: setting voucherC is not read",
                java.util.Set.of("voucherC")));
        assertFalse(FailedComponents.refusesOneOf(null, java.util.Set.of("voucherC")));
    }

    /** 五年 for a number: ConfigurationProblems quotes it as typed, so SCR's exception is not a second line. */
    @Test
    public void aSettingSCRCouldNotConvertIsKnownAsSuch() {
        assertTrue(FailedComponents.isMisreadSetting("org.osgi.service.component.ComponentException: x\n"
                + "Caused by: java.lang.NumberFormatException: For input string: \"五年\"\n\tat java.lang.Integer.parseInt\n"));
        // As Felix SCR reports it: its own exception wrapping the conversion's, message and all.
        assertTrue(FailedComponents.isMisreadSetting("java.lang.reflect.InvocationTargetException\n"
                + "Caused by: org.osgi.service.component.ComponentException: java.lang.NumberFormatException: For input string: \"five\"\n"
                + "\tat org.apache.felix.scr.impl.inject.internal.Annotations$Handler.invoke(Annotations.java:379)\n"));
        assertTrue(FailedComponents.isMisreadSetting(
                "java.lang.IllegalArgumentException: No enum constant cn.lyg.talent.api.registry.TalentClass.Q"));
        assertFalse(FailedComponents.isMisreadSetting("org.osgi.service.component.ComponentException: the database is down"));
        assertFalse(FailedComponents.isMisreadSetting("java.lang.IllegalArgumentException: the database is down"));
        assertFalse(FailedComponents.isMisreadSetting(null));
    }

    @Test
    public void aReferenceThatCouldNotBeGotIsAFollowOn() {
        assertTrue(FailedComponents.isFollowOn("org.osgi.service.component.ComponentException: Unable to get service for reference directory\n"
                + "\tat org.apache.felix.scr.impl.manager.DependencyManager.getService(DependencyManager.java:1)\n"));
        assertFalse(FailedComponents.isFollowOn("java.lang.IllegalArgumentException: the database is down"));
    }
}
