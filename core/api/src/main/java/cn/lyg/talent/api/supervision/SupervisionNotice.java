package cn.lyg.talent.api.supervision;

import java.time.Instant;

import cn.lyg.talent.api.window.Step;

/**
 * One notice about one deadline of one ticket; never raised twice for the same deadline. The
 * deadline is a step of the ticket ({@link #step}) or the rectification of a bad rating
 * ({@link #rectificationId}, step null).
 */
public class SupervisionNotice {
    public String id;
    public NoticeKind kind;
    public String ticketId;
    public String ticketNumber;
    public Step step;
    /** Set when the notice is about a rectification that missed its deadline. */
    public String rectificationId;
    /** The unit responsible for the step; null for the window's own steps. */
    public String unit;
    public Instant dueAt;
    public Instant raisedAt;
}
