package cn.lyg.talent.plugin.medical.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MEDICAL_EXAM")
public class ExamBooking {
    @Id
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Column(name = "EXAM_YEAR")
    public int year;
    @Column(name = "EXAM_DATE")
    public LocalDate date;
    @Column(name = "HOSPITAL")
    public String hospital;
    @Column(name = "ACTIVE_KEY")
    public String activeKey;
    @Column(name = "BOOKED_AT")
    public LocalDateTime bookedAt;
    @Column(name = "CANCELLED_AT")
    public LocalDateTime cancelledAt;
    /** Set when the request was completed before the examination: the record its results go into. */
    @Column(name = "RESULTS_FOR_ACCOUNT")
    public String resultsForAccount;
    @Column(name = "RESULTS_FOR_JURISDICTION")
    public String resultsForJurisdiction;
}
