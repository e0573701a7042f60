package cn.lyg.talent.api.catalog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketState;

/**
 * A step of a ticket's lifecycle as handlers and listeners see it. For a handler it is the
 * transition about to be made ({@code ticketId} and {@code number} are null on SUBMIT); for a
 * listener one that has been committed.
 */
public class TicketTransition {
    public String ticketId;
    public String number;
    public String serviceCode;
    public String jurisdiction;
    public TicketAction action;
    public TicketState from;
    public TicketState to;
    /** The account of whoever made it. */
    public String actor;
    public Instant at;
    /** The unit the ticket is (or is being) dispatched to. */
    public String unit;
    /** The comment or, on RESOLVE, the reply. */
    public String comment;
    /** The submission, as eligibility rules saw it. */
    public Application application;
    /** Values the acting clerk or unit gave for the handler with this transition. */
    public Map<String, String> values = new LinkedHashMap<>();
}
