package cn.lyg.talent.engine.internal.calendar;

import java.lang.annotation.Annotation;

import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.calendar.WorkCalendar;

/** The real calendar with the official schedules and no local configuration, for other tests. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkCalendar official(InstanceSettings settings) {
        return new WorkCalendarImpl(new CalendarConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CalendarConfiguration.class;
            }

            @Override
            public String[] daysOff() {
                return new String[0];
            }

            @Override
            public String[] workingDays() {
                return new String[0];
            }

            @Override
            public String[] scheduledYears() {
                return new String[0];
            }
        }, settings);
    }
}
