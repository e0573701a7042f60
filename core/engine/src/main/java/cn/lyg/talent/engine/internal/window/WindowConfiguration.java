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

    // Art.7 makes a delay a record filed with the window, not a request it grants; without a
    // bound a unit could promise a date months away and keep the step out of supervision.
    @AttributeDefinition(name = "Longest delay of the first contact",
            description = "Art.7 filed delay: working days a first contact may be promised beyond its due time (default 2).",
            min = "1", max = "20")
    int delayFirstContactWorkingDays() default 2;

    @AttributeDefinition(name = "Longest delay of the completion",
            description = "Art.7 filed delay: working days a completion may be promised beyond its due time (default 10).",
            min = "1", max = "60")
    int delayCompletionWorkingDays() default 10;
}
