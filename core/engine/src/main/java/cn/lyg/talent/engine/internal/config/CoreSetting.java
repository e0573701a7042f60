package cn.lyg.talent.engine.internal.config;

import java.lang.annotation.Annotation;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A whole-number setting of the platform's core, read so that a bad value never stops the core:
 * the window, the ratings and with them the REST API and the console would all go, and with them
 * {@code catalog:problems}, the one place that would say why. A value that is not a whole number
 * or lies outside its range gives way to the policy's default (Art.7's deadlines), the log says so,
 * and {@code catalog:problems} names the setting until it is put right (ConfigurationProblems,
 * from the setting's declared type, minimum and maximum).
 */
public final class CoreSetting {
    private static final Logger LOG = LoggerFactory.getLogger(CoreSetting.class);

    private CoreSetting() {
    }

    /**
     * As below, with the default the configuration type declares for {@code key} (its annotation
     * method's default), so that the default is written once, where the metatype shows it.
     */
    public static int whole(Class<? extends Annotation> type, String pid, String key, IntSupplier read, int min, int max) {
        Object declared;
        try {
            declared = type.getMethod(key).getDefaultValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " declares no setting " + key, e);
        }
        return whole(pid, key, read, min, max, ((Number) declared).intValue());
    }

    /** The value {@code read} gives when it is a whole number from {@code min} to {@code max}, else {@code standard}. */
    public static int whole(String pid, String key, IntSupplier read, int min, int max, int standard) {
        int value;
        try {
            value = read.getAsInt();
        } catch (RuntimeException e) {
            // SCR converts the value when it is read: "five" fails here, not at activation.
            LOG.warn("{}: {} is not a whole number; the default {} applies until it is put right (catalog:problems)",
                    pid, key, standard);
            return standard;
        }
        if (value < min || value > max) {
            LOG.warn("{}: {} = {} is outside {} to {}; the default {} applies until it is put right (catalog:problems)",
                    pid, key, value, min, max, standard);
            return standard;
        }
        return value;
    }
}
