package cn.lyg.talent.example.guanyun.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = GuanyunConfiguration.PID, name = "Guanyun county gold-card rule",
        description = "Guanyun county's local condition for the city's gold card (Art.9).")
@interface GuanyunConfiguration {
    String PID = "cn.lyg.talent.example.guanyun.goldcard";

    @AttributeDefinition(name = "Minimum months employed in the county", min = "0", max = "120")
    int minimumMonths() default 6;
}
