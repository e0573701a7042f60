package cn.lyg.talent.api.window;

/** How a step stands against its deadline (Art.7). */
public enum StepStatus {
    /** Not done, due time not passed. */
    OPEN,
    /** Not done and the due time has passed. */
    OVERDUE,
    /** Done by the due time; also when a delay was filed but the step was done by its first due time. */
    ON_TIME,
    /**
     * Done after the first due time but by the date promised in a delay filed in time: compliant,
     * reported apart from on-time.
     */
    ON_TIME_WITH_DELAY,
    /** Done after the due time. */
    LATE,
    /** No longer applies: the ticket was returned, rejected, withdrawn or redirected. */
    CANCELLED
}
