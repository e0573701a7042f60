package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * Append-only: a rectification missed its deadline (Art.8), once per rectification and pressed
 * party: {@link #WINDOW} while the call-back is missing (or for a complaint about the window),
 * then {@link #UNIT}.
 */
@Entity
@Table(name = "RECTIFICATION_NOTICE")
public class RectificationNoticeEntity {
    public static final String WINDOW = "WINDOW";
    public static final String UNIT = "UNIT";

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "RECTIFICATION_ID")
    public String rectificationId;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "TICKET_NUMBER")
    public String ticketNumber;
    @Column(name = "UNIT_CODE")
    public String unit;
    @Column(name = "PARTY")
    public String party;
    @Column(name = "JURISDICTION")
    public String jurisdiction;
    @Column(name = "DUE_AT")
    public LocalDateTime dueAt;
    @Column(name = "RAISED_AT")
    public LocalDateTime raisedAt;
}
