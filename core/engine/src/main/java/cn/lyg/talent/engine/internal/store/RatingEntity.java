package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.rating.RatingStage;

/** A rating is never changed, only voided on appeal with the reason kept. */
@Entity
@Table(name = "RATING")
public class RatingEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STAGE")
    public RatingStage stage;
    @Enumerated(EnumType.STRING)
    @Column(name = "LEVEL_CODE")
    public RatingLevel level;
    @Column(name = "COMMENT_TEXT")
    public String comment;
    @Column(name = "RATED_AT")
    public LocalDateTime ratedAt;
    @Column(name = "RECORDED_BY")
    public String recordedBy;
    /** The rectification a re-rating judges; null for a rating at acceptance or completion. */
    @Column(name = "RECTIFICATION_ID")
    public String rectificationId;
    @Column(name = "VOIDED")
    public boolean voided;
    /** Voided as malicious on appeal: the stage takes no new rating (a mistaken one frees it). */
    @Column(name = "VOIDED_AS_MALICIOUS")
    public boolean voidedAsMalicious;
    @Column(name = "VOID_REASON")
    public String voidReason;
    @Column(name = "VOIDED_BY")
    public String voidedBy;
    @Column(name = "VOIDED_AT")
    public LocalDateTime voidedAt;
    /** 'ACTIVE' for the valid rating of a stage, else the rating's id (see V006 migration). */
    @Column(name = "ACTIVE_KEY")
    public String activeKey;
}
