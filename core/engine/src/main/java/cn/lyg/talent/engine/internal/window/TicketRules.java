package cn.lyg.talent.engine.internal.window;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketState;

/**
 * The lifecycle of design.md section 3 as a table: for each action, the states it may start
 * from, the state it leads to (null: unchanged) and who may perform it.
 */
final class TicketRules {

    /** Who may act on a ticket. */
    enum Party {
        /** A window clerk whose jurisdiction covers the ticket (Art.6). */
        WINDOW,
        /** The talent the ticket belongs to (Art.6 online channel). */
        OWNER,
        /** A handler of the unit the ticket is dispatched to (Art.5, Art.7). */
        ASSIGNED_UNIT,
        /** The talent office (Art.8). */
        SUPERVISOR
    }

    record Rule(Set<TicketState> from, TicketState to, Set<Party> parties) {
    }

    private static final Map<TicketAction, Rule> RULES = new EnumMap<>(TicketAction.class);

    static {
        TicketState[] beforeResolution = {TicketState.SUBMITTED, TicketState.RETURNED, TicketState.ACCEPTED,
            TicketState.DISPATCHED, TicketState.CONTACTED};
        // Art.7 "the window accepts".
        rule(TicketAction.ACCEPT, to(TicketState.ACCEPTED), parties(Party.WINDOW), TicketState.SUBMITTED);
        rule(TicketAction.RETURN, to(TicketState.RETURNED), parties(Party.WINDOW), TicketState.SUBMITTED,
                TicketState.ACCEPTED);
        rule(TicketAction.RESUBMIT, to(TicketState.SUBMITTED), parties(Party.OWNER, Party.WINDOW), TicketState.RETURNED);
        rule(TicketAction.REJECT, to(TicketState.REJECTED), parties(Party.WINDOW), TicketState.SUBMITTED,
                TicketState.ACCEPTED);
        rule(TicketAction.WITHDRAW, to(TicketState.WITHDRAWN), parties(Party.OWNER, Party.WINDOW), beforeResolution);
        // Art.7: the window transfers to the responsible unit within 1 working day.
        rule(TicketAction.DISPATCH, to(TicketState.DISPATCHED), parties(Party.WINDOW), TicketState.ACCEPTED);
        rule(TicketAction.REDIRECT, to(TicketState.DISPATCHED), parties(Party.WINDOW, Party.SUPERVISOR),
                TicketState.DISPATCHED, TicketState.CONTACTED);
        // Art.7: the unit contacts the talent within 1 working day, completes within 3.
        rule(TicketAction.CONTACT, to(TicketState.CONTACTED), parties(Party.ASSIGNED_UNIT), TicketState.DISPATCHED);
        // Art.7: a unit that cannot finish in time explains and files a record with the window.
        rule(TicketAction.FILE_DELAY, null, parties(Party.ASSIGNED_UNIT), TicketState.DISPATCHED,
                TicketState.CONTACTED);
        rule(TicketAction.RESOLVE, to(TicketState.RESOLVED), parties(Party.ASSIGNED_UNIT), TicketState.CONTACTED);
        // Art.7: the window tracks and makes a follow-up visit.
        rule(TicketAction.FOLLOW_UP, null, parties(Party.WINDOW), TicketState.RESOLVED);
        rule(TicketAction.CLOSE, to(TicketState.CLOSED), parties(Party.WINDOW), TicketState.RESOLVED);
    }

    private TicketRules() {
    }

    private static TicketState to(TicketState s) {
        return s;
    }

    private static Set<Party> parties(Party... p) {
        return EnumSet.copyOf(Set.of(p));
    }

    private static void rule(TicketAction action, TicketState to, Set<Party> parties, TicketState... from) {
        RULES.put(action, new Rule(EnumSet.copyOf(Set.of(from)), to, parties));
    }

    /** The rule of {@code action}; SUBMIT has none, it creates the ticket. */
    static Rule of(TicketAction action) {
        return RULES.get(action);
    }
}
