package cn.lyg.talent.engine.internal.store;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.EmployerNature;
import cn.lyg.talent.api.registry.PersonalStatus;
import cn.lyg.talent.api.registry.SchoolStage;

@Entity
@Table(name = "FAMILY_MEMBER")
public class FamilyMemberEntity {
    public static final String SPOUSE = "SPOUSE";
    public static final String CHILD = "CHILD";

    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "RELATION")
    public String relation;
    @Column(name = "ORDINAL")
    public int ordinal;
    @Column(name = "NAME")
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "DOC_TYPE")
    public DocumentType docType;
    @Column(name = "DOC_NUMBER")
    public String docNumber;
    @Column(name = "BIRTH_DATE")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "EMPLOYER_NATURE")
    public EmployerNature employerNature;
    @Enumerated(EnumType.STRING)
    @Column(name = "PERSONAL_STATUS")
    public PersonalStatus personalStatus;
    @Column(name = "SPECIALITY")
    public String speciality;
    @Enumerated(EnumType.STRING)
    @Column(name = "SCHOOL_STAGE")
    public SchoolStage schoolStage;
}
