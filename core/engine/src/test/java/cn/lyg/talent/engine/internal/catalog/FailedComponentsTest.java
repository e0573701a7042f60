package cn.lyg.talent.engine.internal.catalog;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

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
        assertEquals("cn.lyg.talent.plugin.medical: hospitals entry is not valid: 320700", FailedComponents.reason(failure));
        assertEquals("the database is down", FailedComponents.reason("the database is down"));
        assertEquals("(no reason given)", FailedComponents.reason(null));
    }
}
