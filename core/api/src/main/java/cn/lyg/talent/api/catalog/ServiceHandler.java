package cn.lyg.talent.api.catalog;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

import cn.lyg.talent.api.window.TicketAction;

/**
 * The handling logic of a service with an outcome of its own, registered with the property
 * {@value ServiceOffering#SERVICE_CODE}. Of several handlers for a code, the highest ranked for
 * the ticket's jurisdiction is used, like offerings.
 * <p>
 * Called before each transition of the service's tickets is committed, with a time limit. It
 * returns the outcome to record (or null for none), or throws a {@link cn.lyg.talent.api.Refusal}
 * to refuse the transition with its reason (e.g. "name the school"). Any other failure, a time-out
 * or an outcome without a summary lets the transition through and records the failure on the
 * ticket. A handler keeping data of its own does so in its own persistence unit and must accept
 * being asked again for the same ticket (a transition may still fail after it answered).
 *
 * @since 1.0
 */
@ConsumerType
public interface ServiceHandler {

    Outcome handle(TicketTransition transition);

    /**
     * The names of the values ({@link TicketTransition#values}) this handler takes on an action.
     * The window refuses a transition naming any other (422, field {@code values.<name>}, code
     * {@code VALUE_UNKNOWN} with the names taken), before the handler is asked: a misspelt name
     * would otherwise be dropped while the clerk believes it recorded, e.g. the number printed on
     * a card. An empty set: the action takes no values. Null, the default: not declared, every
     * name is passed on and the handler judges them itself.
     *
     * @since 1.6
     */
    default Set<String> valueNames(TicketAction action) {
        return null;
    }
}
