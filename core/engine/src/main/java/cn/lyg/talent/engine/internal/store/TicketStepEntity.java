package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.window.Step;
import cn.lyg.talent.api.window.StepStatus;

/** A step with a deadline (Art.7). Only its completion and a delay filed in time change it. */
@Entity
@Table(name = "TICKET_STEP")
public class TicketStepEntity {
    public static final String OPEN = "OPEN";
    public static final String DONE = "DONE";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "STEP")
    public Step step;
    @Column(name = "UNIT_CODE")
    public String unit;
    @Column(name = "OPENED_AT")
    public LocalDateTime openedAt;
    @Column(name = "DUE_AT")
    public LocalDateTime dueAt;
    @Column(name = "ORIGINAL_DUE_AT")
    public LocalDateTime originalDueAt;
    @Column(name = "DONE_AT")
    public LocalDateTime doneAt;
    @Column(name = "OUTCOME")
    public String outcome;
    @Column(name = "DELAY_EXPLANATION")
    public String delayExplanation;
    @Column(name = "DELAY_FILED_AT")
    public LocalDateTime delayFiledAt;

    public boolean isOpen() {
        return OPEN.equals(outcome);
    }

    /** How the step stands against its deadline at {@code nowUtc} (Art.7); computed, never stored. */
    public StepStatus status(LocalDateTime nowUtc) {
        if (CANCELLED.equals(outcome)) {
            return StepStatus.CANCELLED;
        }
        if (doneAt == null) {
            return nowUtc.isAfter(dueAt) ? StepStatus.OVERDUE : StepStatus.OPEN;
        }
        if (doneAt.isAfter(dueAt)) {
            return StepStatus.LATE;
        }
        // Art.7: a step done by its first due time is on time even when a delay was filed: the
        // unit did not need it, and reports must not count it among the delayed.
        return delayFiledAt != null && doneAt.isAfter(originalDueAt) ? StepStatus.ON_TIME_WITH_DELAY : StepStatus.ON_TIME;
    }
}
