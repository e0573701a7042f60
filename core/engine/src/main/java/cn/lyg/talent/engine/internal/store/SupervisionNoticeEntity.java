package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.window.Step;

/** Append-only record of a supervision notice (Art.8), unique per deadline and kind. */
@Entity
@Table(name = "SUPERVISION_NOTICE")
public class SupervisionNoticeEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    public NoticeKind kind;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "TICKET_NUMBER")
    public String ticketNumber;
    @Column(name = "STEP_ID")
    public String stepId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STEP")
    public Step step;
    @Column(name = "UNIT_CODE")
    public String unit;
    @Column(name = "JURISDICTION")
    public String jurisdiction;
    @Column(name = "DUE_AT")
    public LocalDateTime dueAt;
    @Column(name = "RAISED_AT")
    public LocalDateTime raisedAt;
}
