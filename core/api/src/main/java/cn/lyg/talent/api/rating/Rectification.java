package cn.lyg.talent.api.rating;

import java.time.Instant;

/** What a bad rating sets in motion: call-back, rectification by its deadline, re-rating. */
public class Rectification {
    public String id;
    public String ratingId;
    public String ticketId;
    /** The ticket's number, as the window and the talent quote it (since 1.1). */
    public String ticketNumber;
    /** The unit that rectifies; null when the complaint is about the window itself. */
    public String unit;
    public RectificationStatus status;
    public Instant openedAt;
    public Instant dueAt;
    public Instant calledBackAt;
    /** The account of the clerk who called the talent back (since 1.2; null for older records). */
    public String calledBackBy;
    public String callBackNote;
    public Instant rectifiedAt;
    /** The account of whoever recorded the rectification (since 1.2; null for older records). */
    public String rectifiedBy;
    public String result;
    /** Whether the rectification was recorded after its due time. */
    public boolean late;
    public String reRatingId;
}
