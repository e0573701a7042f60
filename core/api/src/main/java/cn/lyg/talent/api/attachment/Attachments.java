package cn.lyg.talent.api.attachment;

import org.osgi.annotation.versioning.ProviderType;

import cn.lyg.talent.api.Actor;

/**
 * The documents talents hand in (Art.6: a request is completed with its materials). A document is
 * kept as uploaded and never changed or deleted; a form's {@code ATTACHMENT} field takes its id.
 * Refusals are {@link cn.lyg.talent.api.Refusal}s: {@code ATTACHMENT_INVALID} with the field
 * named (a type other than PDF, JPEG or PNG, content that is not what it is declared to be, more
 * than {@link #MAX_BYTES}), {@code TALENT_NOT_FOUND}, {@code ATTACHMENT_NOT_FOUND} for a document
 * the actor may not read.
 */
@ProviderType
public interface Attachments {
    /** The largest document kept: 5 MiB, a scanned page or a phone photo. */
    int MAX_BYTES = 5 * 1024 * 1024;

    /** Keeps a document for a talent: the talent for themselves, the window for a talent of its jurisdiction. */
    Attachment upload(AttachmentUpload upload, Actor actor);

    /**
     * What a document is. Readable by its talent, by the window and the talent office of the
     * talent's jurisdiction, and by a unit that has had a request naming it.
     */
    Attachment get(String id, Actor actor);

    /** Its content, for those who may read it. */
    byte[] content(String id, Actor actor);
}
