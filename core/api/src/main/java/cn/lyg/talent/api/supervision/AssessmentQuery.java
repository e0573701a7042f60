package cn.lyg.talent.api.supervision;

import java.time.LocalDate;

/**
 * The period and area of an assessment (Art.8). Days are the instance's calendar days, both
 * included. Without them: the current month; with {@code from} only: up to today; with
 * {@code to} only: from the first of its month.
 *
 * @since 1.1
 */
public class AssessmentQuery {
    public LocalDate from;
    public LocalDate to;
    /** Only this jurisdiction and those inside it; null: all the actor covers. */
    public String jurisdiction;
}
