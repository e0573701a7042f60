package cn.lyg.talent.engine.internal.window;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(id = WindowConfiguration.PID, name = "Talent platform one-stop window",
        description = "Deadlines of the one-stop window that the policy leaves to the jurisdiction.")
@interface WindowConfiguration {
    String PID = "cn.lyg.talent.window";

    @AttributeDefinition(name = "Follow-up working days",
            description = "Art.7 follow-up visit: working days from resolution (default 5).", min = "1", max = "60")
    int followUpWorkingDays() default 5;
}
