package cn.lyg.talent.engine.internal.calendar;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * What a jurisdiction adds to the official holiday schedules shipped with the platform
 * (design.md section 4), in {@code etc/cn.lyg.talent.calendar.cfg}. Read again at run time
 * on every change; a bad value is refused with a message naming the property.
 */
@ObjectClassDefinition(id = CalendarConfiguration.PID, name = "Talent platform working-day calendar",
        description = "Days off and working days a jurisdiction adds to the official holiday schedules "
                + "(Art.7 deadlines are counted in working days).")
@interface CalendarConfiguration {
    String PID = "cn.lyg.talent.calendar";

    @AttributeDefinition(name = "Days off", required = false,
            description = "Local days off, or the days off of a newly published year: \"YYYY-MM-DD\" or "
                    + "\"YYYY-MM-DD 名称 Name\" (Chinese name as one word, then the English name). "
                    + "Wins over the official schedule for that date.")
    String[] daysOff() default {};

    @AttributeDefinition(name = "Working days", required = false,
            description = "Working days added, such as the make-up working days (调休) of a newly published "
                    + "year: \"YYYY-MM-DD\" or \"YYYY-MM-DD 名称 Name\". Wins over the official schedule.")
    String[] workingDays() default {};

    @AttributeDefinition(name = "Scheduled years", required = false,
            description = "Years whose holiday schedule this configuration completes (e.g. 2027 once its "
                    + "notice is published), so that no warning is raised for them.")
    // Read as text and parsed by the calendar: a .cfg file rewritten by the console may carry
    // the list as one string ("[ \"2027\" ]"), which SCR could not convert to numbers.
    String[] scheduledYears() default {};
}
