package cn.lyg.talent.engine.internal.rating;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = RatingConfiguration.PID, name = "Talent platform satisfaction ratings")
@interface RatingConfiguration {
    String PID = "cn.lyg.talent.rating";

    @AttributeDefinition(name = "Rectification working days", description = "Deadline to rectify after a bad rating; "
            + "local rules use 5 or 15 working days.", min = "1", max = "60")
    int rectificationWorkingDays() default 5;
}
