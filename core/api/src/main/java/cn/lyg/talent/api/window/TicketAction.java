package cn.lyg.talent.api.window;

/** What can happen to a ticket; each action is allowed to one kind of actor from some states. */
public enum TicketAction {
    /** The talent (online) or the window (offline, on the talent's behalf) submits. */
    SUBMIT,
    /** The window accepts the request (Art.7 "the window accepts"). */
    ACCEPT,
    /** The window returns it for missing materials. */
    RETURN,
    /** The talent (or the window for them) submits again with the materials. */
    RESUBMIT,
    /** The window rejects it with a reason (e.g. not eligible). */
    REJECT,
    /** The talent withdraws it before it is resolved. */
    WITHDRAW,
    /** The window transfers it to the responsible unit (Art.7: within 1 working day). */
    DISPATCH,
    /** The window sends it on to another unit; the miss stays recorded against the first. */
    REDIRECT,
    /** The unit has contacted the talent (Art.7: within 1 working day of dispatch). */
    CONTACT,
    /** The unit cannot finish in time: explanation and promised date, filed before the deadline (Art.7). */
    FILE_DELAY,
    /** The unit completes and replies (Art.7: within 3 working days of dispatch). */
    RESOLVE,
    /** The window's follow-up visit (Art.7 "tracks and makes a follow-up visit"). */
    FOLLOW_UP,
    /** The window closes the ticket after the follow-up. */
    CLOSE
}
