package cn.lyg.talent.api.window;

/**
 * The order of a ticket search.
 *
 * @since 1.6
 */
public enum TicketSort {
    /** Newest submission first (the default). */
    SUBMITTED,
    /**
     * The open step due soonest first (Art.7), so that a handler's most urgent work is on the
     * first page whatever its age; of two due at the same time, the one submitted earlier; tickets
     * with no open step (finished, or waiting on the talent) last.
     */
    DUE
}
