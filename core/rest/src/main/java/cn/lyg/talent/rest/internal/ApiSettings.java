package cn.lyg.talent.rest.internal;

import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's whole-number settings, read as the core's are (the engine's CoreSetting, which this
 * bundle cannot import): a value that is not a whole number in range gives way to its default, the
 * log says so and {@code catalog:problems} names it, and the API stays up. A typing error in
 * {@code etc/cn.lyg.talent.rest.cfg} would otherwise take the whole API down, for every talent.
 */
final class ApiSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ApiSettings.class);

    private ApiSettings() {
    }

    static long maxBodyBytes(ApiConfiguration config) {
        return whole("maxBodyBytes", config::maxBodyBytes, 1024, 1_048_576);
    }

    static int loginCacheSeconds(ApiConfiguration config) {
        return (int) whole("loginCacheSeconds", config::loginCacheSeconds, 0, 3600);
    }

    private static long whole(String key, LongSupplier read, long min, long max) {
        // The default is the one the configuration type declares, written once where the metatype shows it.
        long standard;
        try {
            standard = ((Number) ApiConfiguration.class.getMethod(key).getDefaultValue()).longValue();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("ApiConfiguration declares no setting " + key, e);
        }
        try {
            long value = read.getAsLong();
            if (value >= min && value <= max) {
                return value;
            }
            LOG.warn("{}: {} = {} is outside {} to {}; the default {} applies until it is put right (catalog:problems)",
                    ApiConfiguration.PID, key, value, min, max, standard);
        } catch (RuntimeException e) {
            // SCR converts the value when it is read: "64k" fails here, not at activation.
            LOG.warn("{}: {} is not a whole number; the default {} applies until it is put right (catalog:problems)",
                    ApiConfiguration.PID, key, standard);
        }
        return standard;
    }
}
