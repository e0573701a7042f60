package cn.lyg.talent.plugin.medical.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "MEDICAL_ASSIGNMENT")
public class Assignment {
    @Id
    @Column(name = "ID")
    public String id;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Column(name = "HOSPITAL")
    public String hospital;
    @Column(name = "OFFICER")
    public String officer;
    @Column(name = "TICKET_ID")
    public String ticketId;
    @Column(name = "ASSIGNED_BY")
    public String assignedBy;
    @Column(name = "ASSIGNED_AT")
    public LocalDateTime assignedAt;
}
