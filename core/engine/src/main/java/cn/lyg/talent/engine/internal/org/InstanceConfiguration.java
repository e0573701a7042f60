package cn.lyg.talent.engine.internal.org;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = InstanceConfiguration.PID, name = "Talent platform instance",
        description = "The jurisdiction this instance serves and its office hours.")
@interface InstanceConfiguration {
    String PID = "cn.lyg.talent.instance";

    @AttributeDefinition(name = "Jurisdiction", description = "Division code served by this instance: "
            + "320700 for the city, a district/county code (e.g. 320722) or a functional zone code.")
    String jurisdiction() default "320700";

    @AttributeDefinition(name = "Office opens", description = "HH:mm")
    String officeOpens() default "08:30";

    @AttributeDefinition(name = "Office closes", description = "HH:mm; deadlines end at this time.")
    String officeCloses() default "17:30";

    @AttributeDefinition(name = "Time zone")
    String zone() default "Asia/Shanghai";
}
