package cn.lyg.talent.api;

import java.time.LocalTime;
import java.time.ZoneId;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What this instance is: the jurisdiction it serves and its office hours, from the
 * configuration {@code etc/cn.lyg.talent.instance.cfg}. One Karaf instance serves one
 * jurisdiction (design.md section 1).
 */
@ProviderType
public interface InstanceSettings {

    /** Division code of the jurisdiction this instance serves, e.g. 320700 for the city. */
    String jurisdiction();

    /** When the office opens on a working day. */
    LocalTime officeOpens();

    /** When the office closes; deadlines end at this time (design.md section 4). */
    LocalTime officeCloses();

    /** The time zone of office hours and deadlines, Asia/Shanghai by default. */
    ZoneId zone();
}
