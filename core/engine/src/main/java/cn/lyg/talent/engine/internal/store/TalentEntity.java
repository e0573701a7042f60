package cn.lyg.talent.engine.internal.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OneToMany;
import javax.persistence.OrderBy;
import javax.persistence.Table;
import javax.persistence.Version;

import cn.lyg.talent.api.registry.Degree;
import cn.lyg.talent.api.registry.DocumentType;
import cn.lyg.talent.api.registry.Gender;

@Entity
@Table(name = "TALENT")
public class TalentEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "NAME")
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "GENDER")
    public Gender gender;
    @Enumerated(EnumType.STRING)
    @Column(name = "DOC_TYPE")
    public DocumentType docType;
    @Column(name = "DOC_NUMBER")
    public String docNumber;
    @Column(name = "NATIONALITY")
    public String nationality;
    @Column(name = "BIRTH_DATE")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "DEGREE")
    public Degree degree;
    @Column(name = "TITLE")
    public String title;
    @Column(name = "EMPLOYER_NAME")
    public String employerName;
    @Column(name = "EMPLOYER_CREDIT_CODE")
    public String employerCreditCode;
    @Column(name = "CREDIT_CODE_OVERRIDE")
    public String creditCodeOverrideReason;
    @Column(name = "JURISDICTION")
    public String jurisdiction;
    @Column(name = "PHONE")
    public String phone;
    @Column(name = "EMAIL")
    public String email;
    @Column(name = "ACCOUNT")
    public String account;
    @Column(name = "CREATED_AT")
    public LocalDateTime createdAt;
    @Column(name = "CREATED_BY")
    public String createdBy;
    @Column(name = "UPDATED_AT")
    public LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY")
    public String updatedBy;
    @Version
    @Column(name = "VERSION")
    public long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "TALENT_ID", nullable = false)
    @OrderBy("ordinal")
    public List<FamilyMemberEntity> family = new ArrayList<>();
}
