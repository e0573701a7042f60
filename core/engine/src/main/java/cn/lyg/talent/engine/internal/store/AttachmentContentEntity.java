package cn.lyg.talent.engine.internal.store;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A document's content (migration V019), apart from what it is so that listing or checking never loads it. */
@Entity
@Table(name = "ATTACHMENT_CONTENT")
public class AttachmentContentEntity {
    @Id
    @Column(name = "ATTACHMENT_ID", length = 36)
    public String attachmentId;
    @Column(name = "CONTENT")
    public byte[] content;
}
