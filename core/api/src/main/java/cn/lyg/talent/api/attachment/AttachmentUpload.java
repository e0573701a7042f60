package cn.lyg.talent.api.attachment;

/** A document to keep: for whom, its name, its declared type and its content. */
public class AttachmentUpload {
    /** The talent it is for; a talent uploading online may leave it out (their own). */
    public String talentId;
    public String fileName;
    public String contentType;
    public byte[] content;
}
