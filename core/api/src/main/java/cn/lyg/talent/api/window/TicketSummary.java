package cn.lyg.talent.api.window;

import java.time.Instant;

import cn.lyg.talent.api.catalog.Text;

/** A ticket in a list. */
public class TicketSummary {
    public String id;
    public String number;
    public String talentName;
    public String serviceCode;
    /** The service's name as submitted; null for tickets from before 1.2 (since 1.2). */
    public Text serviceName;
    public String unit;
    public TicketState state;
    public Instant submittedAt;
    /** The earliest due time among open steps, or null. */
    public Instant nextDueAt;
    public boolean overdue;
}
