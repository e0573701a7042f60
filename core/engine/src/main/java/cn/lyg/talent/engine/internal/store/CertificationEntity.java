package cn.lyg.talent.engine.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

import cn.lyg.talent.api.registry.TalentClass;

/** Append-only: a certification is never updated or deleted (Art.3). */
@Entity
@Table(name = "CERTIFICATION")
@NamedQuery(name = CertificationEntity.OF_TALENT, query = "select c from CertificationEntity c where c.talentId = :id")
public class CertificationEntity {
    /** A talent's certifications, for checks ({@code id}: the talent). */
    public static final String OF_TALENT = "Certification.ofTalent";

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
