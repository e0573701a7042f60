package cn.lyg.talent.api.attachment;

import java.time.Instant;

/** A document kept for a talent: what it is, never its content (read with {@link Attachments#content}). */
public class Attachment {
    public String id;
    public String talentId;
    public String fileName;
    /** {@code application/pdf}, {@code image/jpeg} or {@code image/png}, as the content shows it. */
    public String contentType;
    public long size;
    /** SHA-256 of the content, hexadecimal: what was handed in can be shown unchanged. */
    public String sha256;
    public Instant uploadedAt;
    /** The login that uploaded it: the talent's own, or a clerk's at the window (staff only). */
    public String uploadedBy;
}
