package cn.lyg.talent.engine.internal.store;

import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A document a talent handed in (migration V019); written once, never changed. */
@Entity
@Table(name = "ATTACHMENT")
public class AttachmentEntity {
    @Id
    @Column(name = "ID", length = 36)
    public String id;
    @Column(name = "TALENT_ID")
    public String talentId;
    @Column(name = "FILE_NAME")
    public String fileName;
    @Column(name = "CONTENT_TYPE")
    public String contentType;
    @Column(name = "SIZE_BYTES")
    public long size;
    @Column(name = "SHA256")
    public String sha256;
    @Column(name = "UPLOADED_AT")
    public LocalDateTime uploadedAt;
    @Column(name = "UPLOADED_BY")
    public String uploadedBy;
}
