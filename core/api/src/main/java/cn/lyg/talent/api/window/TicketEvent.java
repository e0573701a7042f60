package cn.lyg.talent.api.window;

import java.time.Instant;

/** One entry of a ticket's history. History is append-only: never updated or deleted. */
public class TicketEvent {
    public int sequence;
    public Instant at;
    public String actor;
    public TicketAction action;
    public TicketState fromState;
    public TicketState toState;
    /** The unit concerned (dispatch, redirect, unit steps). */
    public String unit;
    public String comment;
    /** The deadline that applied to what happened, if any. */
    public Step step;
    public Instant dueAt;
    /** Whether the step was done after its due time. */
    public boolean late;
}
