package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Embeddable;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "RESPONSIBLE_UNIT")
public class UnitEntity {
    @Id
    @Column(name = "CODE")
    public String code;
    @Column(name = "NAME_ZH")
    public String nameZh;
    @Column(name = "NAME_EN")
    public String nameEn;
    @Column(name = "UPDATED_AT")
    public LocalDateTime updatedAt;
    @Column(name = "UPDATED_BY")
    public String updatedBy;
    @Version
    @Column(name = "VERSION")
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "UNIT_ALIAS", joinColumns = @JoinColumn(name = "UNIT_CODE"))
    @OrderColumn(name = "ORDINAL")
    public List<Alias> aliases = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "UNIT_SERVICE", joinColumns = @JoinColumn(name = "UNIT_CODE"))
    @OrderColumn(name = "ORDINAL")
    @Column(name = "SERVICE_CODE")
    public List<String> services = new ArrayList<>();

    @Embeddable
    public static class Alias {
        @Column(name = "NAME_ZH")
        public String nameZh;
        @Column(name = "NAME_EN")
        public String nameEn;
        @Column(name = "USED_IN")
        public String usedIn;
    }
}
