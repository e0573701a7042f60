package cn.lyg.talent.api.window;

import java.time.Instant;

/** A ticket in a list. */
public class TicketSummary {
    public String id;
    public String number;
    public String talentName;
    public String serviceCode;
    public String unit;
    public TicketState state;
    public Instant submittedAt;
    /** The earliest due time among open steps, or null. */
    public Instant nextDueAt;
    public boolean overdue;
}
