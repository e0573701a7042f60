package cn.lyg.talent.engine.internal.supervision;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = SupervisionConfiguration.PID, name = "Talent platform supervision",
        description = "The sweep that raises supervision notices (Art.8) for missed Art.7 deadlines.")
@interface SupervisionConfiguration {
    String PID = "cn.lyg.talent.supervision";

    @AttributeDefinition(name = "Sweep interval (seconds)", description = "0 turns the scheduled sweep off.", min = "0")
    int sweepIntervalSeconds() default 60;

    @AttributeDefinition(name = "Warning time", description = "HH:mm on the due day when a warning is raised for an "
            + "open step; empty turns warnings off.")
    String warningTime() default "09:00";
}
