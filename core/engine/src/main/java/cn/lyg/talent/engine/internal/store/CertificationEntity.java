package cn.lyg.talent.engine.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.registry.TalentClass;

/** Append-only: a certification is never updated or deleted (Art.3). */
@Entity
@Table(name = "CERTIFICATION")
public class CertificationEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "TALENT_CLASS")
    public TalentClass talentClass;
    @Column(name = "CERTIFIED_BY")
    public String certifiedBy;
    @Column(name = "BASIS")
    public String basis;
    @Column(name = "VALID_FROM")
    public LocalDate validFrom;
    @Column(name = "VALID_UNTIL")
    public LocalDate validUntil;
    @Column(name = "RECORDED_AT")
    public LocalDateTime recordedAt;
    @Column(name = "RECORDED_BY")
    public String recordedBy;
}
