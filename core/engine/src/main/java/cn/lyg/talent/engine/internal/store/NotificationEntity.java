package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.notify.NotificationKind;

@Entity
@Table(name = "NOTIFICATION")
public class NotificationEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "RECIPIENT")
    public String recipient;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    public NotificationKind kind;
    @Column(name = "TICKET_ID")
    public String ticketId;
    /** The talent a notice about no ticket is for (V016); null on ticket notices and older rows. */
    @Column(name = "TALENT_ID", length = 36)
    public String talentId;
    @Column(name = "TICKET_NUMBER")
    public String ticketNumber;
    @Column(name = "TEXT_ZH")
    public String textZh;
    @Column(name = "TEXT_EN")
    public String textEn;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
    @Column(name = "READ_AT")
    public LocalDateTime readAt;
}
