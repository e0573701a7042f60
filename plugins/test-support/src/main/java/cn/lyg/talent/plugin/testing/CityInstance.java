package cn.lyg.talent.plugin.testing;

import java.time.LocalTime;
import java.time.ZoneId;

import cn.lyg.talent.api.InstanceSettings;

/** The city's instance as the distribution configures it: 320700, 08:30–17:30, Asia/Shanghai. */
public final class CityInstance implements InstanceSettings {

    @Override
    public String jurisdiction() {
        return "320700";
    }

    @Override
    public LocalTime officeOpens() {
        return LocalTime.of(8, 30);
    }

    @Override
    public LocalTime officeCloses() {
        return LocalTime.of(17, 30);
    }

    @Override
    public ZoneId zone() {
        return ZoneId.of("Asia/Shanghai");
    }
}
