package cn.lyg.talent.api.window;

/** A step of a ticket that has a deadline (Art.7). */
public enum Step {
    /** Transfer to the responsible unit: 1 working day from submission. */
    DISPATCH,
    /** First contact with the talent: 1 working day from dispatch. */
    FIRST_CONTACT,
    /** Completion and reply: 3 working days from dispatch. */
    COMPLETION,
    /** The window's follow-up visit: a configured number of working days from resolution. */
    FOLLOW_UP
}
