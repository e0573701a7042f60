package cn.lyg.talent.engine.internal.org;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.InstanceSettings;

/**
 * Typed instance configuration. A bad value stops the component with a message naming the
 * property (SCR logs it, {@code scr:info} shows it) rather than running with a guess.
 */
@Component(service = InstanceSettings.class, configurationPid = InstanceConfiguration.PID)
@Designate(ocd = InstanceConfiguration.class)
public class InstanceSettingsImpl implements InstanceSettings {
    private final String jurisdiction;
    private final LocalTime opens;
    private final LocalTime closes;
    private final ZoneId zone;

    @Activate
    public InstanceSettingsImpl(InstanceConfiguration config) {
        this.jurisdiction = config.jurisdiction().strip();
        this.opens = time("officeOpens", config.officeOpens());
        this.closes = time("officeCloses", config.officeCloses());
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException(InstanceConfiguration.PID
                    + ": officeOpens must be before officeCloses, got " + opens + " and " + closes);
        }
        try {
            this.zone = ZoneId.of(config.zone().strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(InstanceConfiguration.PID + ": zone is not a time zone: "
                    + config.zone(), e);
        }
    }

    private static LocalTime time(String property, String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(InstanceConfiguration.PID + ": " + property
                    + " must be HH:mm, got '" + value + "'", e);
        }
    }

    @Override
    public String jurisdiction() {
        return jurisdiction;
    }

    @Override
    public LocalTime officeOpens() {
        return opens;
    }

    @Override
    public LocalTime officeCloses() {
        return closes;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }
}
