package cn.lyg.talent.api.window;

import java.time.Instant;

/** A step with its deadline: due time, when it was done, and any delay filed for it. */
public class TicketStep {
    public Step step;
    /** The unit the step is on, for unit steps. */
    public String unit;
    public Instant openedAt;
    /** The due time in force: the promised date once a delay was filed in time. */
    public Instant dueAt;
    /** The due time by the rule of Art.7, before any delay. */
    public Instant originalDueAt;
    public Instant doneAt;
    public StepStatus status;
    public String delayExplanation;
    public Instant delayFiledAt;
    /**
     * The working days Art.7 gives the step, counted in the jurisdiction's calendar from the day
     * it opened to its original due time: 1 for dispatch and first contact, 3 for completion, the
     * configured days for the follow-up (since 1.5).
     */
    public Integer workingDays;
    /**
     * For an open step, the working days from today to its due time (a delay's promised date
     * included): 0 when due today, negative when overdue by that many working days (since 1.5).
     */
    public Integer workingDaysLeft;
}
