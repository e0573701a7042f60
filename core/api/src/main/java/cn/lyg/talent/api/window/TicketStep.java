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
}
