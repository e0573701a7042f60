package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

import cn.lyg.talent.api.rating.RectificationStatus;

@Entity
@Table(name = "RECTIFICATION")
public class RectificationEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "RATING_ID")
    public String ratingId;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "UNIT_CODE")
    public String unit;
    @Column(name = "JURISDICTION")
    public String jurisdiction;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    public RectificationStatus status;
    @Column(name = "OPENED_AT")
    public LocalDateTime openedAt;
    @Column(name = "DUE_AT")
    public LocalDateTime dueAt;
    @Column(name = "CALLED_BACK_AT")
    public LocalDateTime calledBackAt;
    @Column(name = "CALLED_BACK_BY")
    public String calledBackBy;
    @Column(name = "CALL_BACK_NOTE")
    public String callBackNote;
    @Column(name = "RECTIFIED_AT")
    public LocalDateTime rectifiedAt;
    @Column(name = "RECTIFIED_BY")
    public String rectifiedBy;
    @Column(name = "RESULT_TEXT")
    public String result;
    @Column(name = "RE_RATING_ID")
    public String reRatingId;
    @Version
    @Column(name = "VERSION")
    public long version;
}
