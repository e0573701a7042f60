package cn.lyg.talent.api.window;

import java.time.Instant;

/** Filters of a ticket search; null means any. */
public class TicketQuery {
    public TicketState state;
    public String unit;
    public String talentId;
    /** Only tickets with a step past its due time and not done. */
    public Boolean overdue;
    /** Only tickets with an open step due before this time. */
    public Instant dueBefore;
    /** The order; null is {@link TicketSort#SUBMITTED}. @since 1.6 */
    public TicketSort sort;
    public int offset;
    public int limit = 20;
}
