package cn.lyg.talent.api.window;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;

/**
 * The one-stop window (Art.6, Art.7). Each transition is allowed only to its role (window,
 * department of the assigned unit, talent, supervisor) and only from its states; anything else
 * is a {@link Refusal}. Every transition appends to the ticket's history with who, when, from,
 * to, comment and the deadline that applied. Two conflicting transitions on one ticket: one
 * succeeds, the other is refused as a conflict and nothing of it is written.
 */
@ProviderType
public interface OneStopWindow {

    /** Submits a request; the talent must be high-level on the day of submission (Art.3). */
    Ticket submit(TicketInput input, Actor actor);

    /**
     * Performs {@code action} on the ticket and answers with its new state and due times.
     *
     * @param ticketId the ticket's id, or its number as read out on the phone
     *        ({@code 320706-20261126-0001})
     */
    Ticket transition(String ticketId, TicketAction action, TransitionInput input, Actor actor);

    /**
     * One ticket with its steps and history, as its talent, the window, its unit or the supervisor sees it.
     *
     * @param ticketId the ticket's id, or its number as read out on the phone
     */
    Ticket get(String ticketId, Actor actor);

    Page<TicketSummary> find(TicketQuery query, Actor actor);
}
