package cn.lyg.talent.plugin.medical.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A seat in a recuperation session; SEAT_KEY (session|seat) is unique, null once cancelled. */
@Entity
@Table(name = "MEDICAL_SESSION_SEAT")
public class SessionSeat {
    @Id
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Column(name = "SESSION_KEY")
    public String session;
    @Column(name = "SEAT_KEY")
    public String seatKey;
    @Column(name = "TAKEN_AT")
    public LocalDateTime takenAt;
    @Column(name = "CANCELLED_AT")
    public LocalDateTime cancelledAt;
}
