package cn.lyg.talent.api.calendar;

/** What a calendar day is for the office. */
public enum DayKind {
    /** Monday to Friday, no holiday. */
    WORKING_DAY,
    /** Saturday or Sunday, not a make-up working day. */
    WEEKEND,
    /** A weekday off by the State Council's holiday notice (or a weekend day inside a holiday block). */
    PUBLIC_HOLIDAY,
    /** A Saturday or Sunday declared a working day by the holiday notice (调休). */
    MAKE_UP_WORKING_DAY,
    /** A day off the jurisdiction added by configuration. */
    LOCAL_DAY_OFF,
    /** A working day the jurisdiction added by configuration. */
    LOCAL_WORKING_DAY;

    public boolean isWorking() {
        return this == WORKING_DAY || this == MAKE_UP_WORKING_DAY || this == LOCAL_WORKING_DAY;
    }
}
