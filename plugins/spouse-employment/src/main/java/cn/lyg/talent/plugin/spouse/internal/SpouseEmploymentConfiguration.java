package cn.lyg.talent.plugin.spouse.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = SpouseEmploymentConfiguration.PID, name = "Spouse employment (Art.4.1)",
        description = "Who decides on taking a spouse in first (先进后出).")
@interface SpouseEmploymentConfiguration {
    String PID = "cn.lyg.talent.plugin.spouse";

    @AttributeDefinition(name = "Staffing office unit",
            description = "The unit code whose department accounts record the staffing office's decisions (unit:list).")
    String staffingOfficeUnit() default "STAFFING";
}
