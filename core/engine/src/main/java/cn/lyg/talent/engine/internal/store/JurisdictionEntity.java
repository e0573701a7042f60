package cn.lyg.talent.engine.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import cn.lyg.talent.api.org.JurisdictionKind;

@Entity
@Table(name = "JURISDICTION")
public class JurisdictionEntity {
    @Id
    @Column(name = "CODE")
    public String code;
    @Column(name = "NAME_ZH")
    public String nameZh;
    @Column(name = "NAME_EN")
    public String nameEn;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    public JurisdictionKind kind;
    @Column(name = "PARENT_CODE")
    public String parentCode;
    @Column(name = "ACTIVE")
    public boolean active;
}
