package cn.lyg.talent.api.rating;

import java.time.Instant;

/** A rating; a voided one stays on record with the reason (Art.8 surveys count only the others). */
public class Rating {
    public String id;
    public String ticketId;
    public RatingStage stage;
    public RatingLevel level;
    /**
     * For a re-rating (stage {@code RECTIFICATION}), the rectification it judges, also once voided
     * or superseded (since 1.2).
     */
    public String rectificationId;
    public String comment;
    public Instant ratedAt;
    /** The talent, or the clerk who recorded it during the follow-up visit. */
    public String recordedBy;
    public boolean voided;
    public String voidReason;
    /**
     * Voided on appeal as malicious: its stage (or rectification) takes no new rating. A rating
     * voided as mistaken, or superseded by the talent's own, frees it (since 1.2).
     */
    public boolean voidedAsMalicious;
    public String voidedBy;
    public Instant voidedAt;
    /** The rectification a bad rating opened, if any. */
    public Rectification rectification;
}
