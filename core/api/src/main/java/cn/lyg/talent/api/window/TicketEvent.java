package cn.lyg.talent.api.window;

import java.time.Instant;

import cn.lyg.talent.api.catalog.Text;

/** One entry of a ticket's history. History is append-only: never updated or deleted. */
public class TicketEvent {
    public int sequence;
    public Instant at;
    /** The account that acted; in a talent's view only the talent's own (staff show as {@link #party}). */
    public String actor;
    /**
     * Who acted as people know them: the talent, the one-stop window, a unit by its name, the
     * talent office, an administrator; null for entries written before parties were kept.
     *
     * @since 1.3
     */
    public Text party;
    public TicketAction action;
    public TicketState fromState;
    public TicketState toState;
    /** The unit concerned (dispatch, redirect, unit steps). */
    public String unit;
    /** What was said, in Chinese where the platform composed part of it; otherwise as the person wrote it. */
    public String comment;
    /**
     * The comment in English where the platform composed part of it (a redirect names the first
     * unit, a corrected form what changed, a follow-up its method); null where the comment is only
     * what a person wrote.
     *
     * @since 1.4
     */
    public String commentEn;
    /** The deadline that applied to what happened, if any. */
    public Step step;
    public Instant dueAt;
    /** Whether the step was done after its due time. */
    public boolean late;
}
