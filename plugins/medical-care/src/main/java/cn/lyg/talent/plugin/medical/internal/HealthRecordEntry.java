package cn.lyg.talent.plugin.medical.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** One entry of a talent's personal health record (Art.4.4). Append-only. */
@Entity
@Table(name = "MEDICAL_HEALTH_RECORD")
public class HealthRecordEntry {
    @Id
    @Column(name = "ID")
    public String id;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Column(name = "TALENT_ACCOUNT")
    public String talentAccount;
    @Column(name = "TALENT_JURISDICTION")
    public String talentJurisdiction;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "EXAM_DATE")
    public LocalDate examDate;
    @Column(name = "HOSPITAL")
    public String hospital;
    @Column(name = "RESULTS")
    public String results;
    @Column(name = "RECORDED_BY")
    public String recordedBy;
    @Column(name = "RECORDED_AT")
    public LocalDateTime recordedAt;
}
