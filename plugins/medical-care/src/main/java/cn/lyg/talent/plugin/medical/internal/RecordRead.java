package cn.lyg.talent.plugin.medical.internal;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** Who read a health record, when, and as what. */
@Entity
@Table(name = "MEDICAL_RECORD_READ")
public class RecordRead {
    @Id
    @Column(name = "ID")
    public String id;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Column(name = "READER")
    public String reader;
    @Column(name = "READER_ROLE")
    public String readerRole;
    @Column(name = "READ_AT")
    public LocalDateTime readAt;
}
