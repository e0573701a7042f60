package cn.lyg.talent.engine.internal.store;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** One published guide revision; rows are only ever added. */
@Entity
@Table(name = "SERVICE_GUIDE")
@IdClass(ServiceGuideEntity.Key.class)
@NamedQuery(name = ServiceGuideEntity.NEWEST_FIRST, query = "select g from ServiceGuideEntity g"
        + " where g.serviceCode = :code and g.jurisdiction = :j order by g.revision desc")
public class ServiceGuideEntity {
    /** The revisions of one guide, newest first ({@code code}, {@code j}). */
    public static final String NEWEST_FIRST = "ServiceGuide.newestFirst";

    @Id
    @Column(name = "SERVICE_CODE")
    public String serviceCode;
    @Id
    @Column(name = "JURISDICTION")
    public String jurisdiction;
    @Id
    @Column(name = "REVISION")
    public int revision;
    @Column(name = "PUBLISHED_AT")
    public LocalDateTime publishedAt;
    @Column(name = "PROVIDER")
    public String provider;
    @Column(name = "CONTENT_HASH")
    public String contentHash;
    @Column(name = "HTML")
    public String html;

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String serviceCode;
        public String jurisdiction;
        public int revision;

        public Key() {
        }

        public Key(String serviceCode, String jurisdiction, int revision) {
            this.serviceCode = serviceCode;
            this.jurisdiction = jurisdiction;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(serviceCode, k.serviceCode)
                    && Objects.equals(jurisdiction, k.jurisdiction) && revision == k.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceCode, jurisdiction, revision);
        }
    }
}
