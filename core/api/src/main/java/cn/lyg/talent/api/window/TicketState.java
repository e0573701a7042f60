package cn.lyg.talent.api.window;

/** States of a ticket (design.md section 3). */
public enum TicketState {
    SUBMITTED, RETURNED, ACCEPTED, DISPATCHED, CONTACTED, RESOLVED, CLOSED, REJECTED, WITHDRAWN;

    /** Whether the ticket is finished and no step can follow. */
    public boolean isFinal() {
        return this == CLOSED || this == REJECTED || this == WITHDRAWN;
    }
}
