package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Append-only: who did what to which record, when. Never holds an identity or phone number. */
@Entity
@Table(name = "AUDIT_RECORD")
public class AuditRecordEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "RECORDED_AT")
    public LocalDateTime at;
    @Column(name = "ACTOR")
    public String actor;
    @Column(name = "ACTION")
    public String action;
    @Column(name = "ENTITY_TYPE")
    public String entityType;
    @Column(name = "ENTITY_ID")
    public String entityId;
    @Column(name = "DETAIL")
    public String detail;
}
