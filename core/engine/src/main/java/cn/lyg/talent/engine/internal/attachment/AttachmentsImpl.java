package cn.lyg.talent.engine.internal.attachment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.attachment.Attachment;
import cn.lyg.talent.api.attachment.AttachmentUpload;
import cn.lyg.talent.api.attachment.Attachments;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.engine.internal.Access;
import cn.lyg.talent.engine.internal.Digests;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.Scope;
import cn.lyg.talent.engine.internal.Times;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.registry.Talents;
import cn.lyg.talent.engine.internal.store.AttachmentContentEntity;
import cn.lyg.talent.engine.internal.store.AttachmentEntity;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.TalentEntity;

/**
 * The documents talents hand in (Art.6). A document is checked before anything is written: its
 * type is one a clerk can open anywhere (PDF, JPEG, PNG) and its content is what it says it is,
 * so that a renamed program is not passed on to the units as a scan. Kept as uploaded, with its
 * SHA-256, and never changed or deleted.
 */
@Component(service = {Attachments.class, AttachmentsImpl.class})
public class AttachmentsImpl implements Attachments {
    private static final Messages M = Messages.ENGINE;
    private static final int MAX_NAME = 200;
    /** Documents one talent may hand in on one day. */
    static final int MAX_PER_DAY = 50;
    /** The types kept, each with the bytes its content starts with. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final Database database;
    private final Scope scope;
    private final Clock clock;
    private final ZoneId zone;

    @Activate
    public AttachmentsImpl(@Reference Database database, @Reference JurisdictionDirectory jurisdictions,
            @Reference InstanceSettings settings, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock) {
        this.database = database;
        this.scope = new Scope(jurisdictions, settings);
        this.clock = clock;
        this.zone = settings.zone();
    }

    @Override
    public Attachment upload(AttachmentUpload upload, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW);
        AttachmentUpload in = upload == null ? new AttachmentUpload() : upload;
        boolean window = actor.has(Role.WINDOW);
        Violations v = new Violations(M);
        if (window && (in.talentId == null || in.talentId.isBlank())) {
            v.add("talentId", "REQUIRED");
        }
        String name = v.text("fileName", in.fileName, MAX_NAME, true);
        if (name != null && (name.contains("/") || name.contains("\\"))) {
            // A name, not a path: it is shown to clerks and offered back as the download's name.
            v.add("fileName", "PATH_IN_NAME");
        } else if (name != null && name.chars().anyMatch(c -> c == '\n' || c == '\r' || c == '\t')) {
            // A line break is text in a comment, not in a name that goes into a header.
            v.add("fileName", "CONTROL_CHARACTER");
        }
        String type = type(in.contentType);
        if (type == null) {
            v.add("contentType", "TYPE_NOT_ALLOWED", String.join(", ", SIGNATURES.keySet().stream().sorted().toList()));
        }
        if (in.content == null || in.content.length == 0) {
            v.add("content", "REQUIRED");
        } else if (in.content.length > MAX_BYTES) {
            v.add("content", "TOO_LARGE", MAX_BYTES / (1024 * 1024));
        } else if (type != null && !startsWith(in.content, SIGNATURES.get(type))) {
            v.add("content", "CONTENT_NOT_AS_DECLARED", type);
        }
        v.throwIfAny("ATTACHMENT_INVALID");
        Instant now = clock.instant();
        return database.jpa().txExpr(TransactionType.Required, em -> {
            TalentEntity talent = window ? em.find(TalentEntity.class, in.talentId.strip()) : Talents.ownedBy(em, actor);
            if (talent == null || window && !scope.covers(actor, talent.jurisdiction)) {
                throw M.refusal(Refusal.Kind.NOT_FOUND, "TALENT_NOT_FOUND");
            }
            if (!window && in.talentId != null && !in.talentId.isBlank() && !in.talentId.strip().equals(talent.id)) {
                throw M.refusal(Refusal.Kind.INVALID, "ATTACHMENT_INVALID", List.of(M.field("talentId", "NOT_OWN_TALENT")), 1);
            }
            // A person hands in a few documents a day online; thousands are a script filling the
            // database. The window at the counter is not held to what the talent uploaded (the
            // refusal sends the talent there).
            if (!window) {
                LocalDateTime midnight = Times.utc(LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant());
                long today = em.createQuery("select count(a) from AttachmentEntity a where a.talentId = :talent"
                        + " and a.uploadedBy = :me and a.uploadedAt >= :midnight", Long.class).setParameter("talent", talent.id)
                        .setParameter("me", actor.account()).setParameter("midnight", midnight).getSingleResult();
                if (today >= MAX_PER_DAY) {
                    throw M.refusal(Refusal.Kind.CONFLICT, "ATTACHMENTS_DAILY_LIMIT", MAX_PER_DAY);
                }
            }
            AttachmentEntity a = new AttachmentEntity();
            a.id = UUID.randomUUID().toString();
            a.talentId = talent.id;
            a.fileName = name;
            a.contentType = type;
            a.size = in.content.length;
            a.sha256 = Digests.sha256(in.content);
            a.uploadedAt = Times.utc(now);
            a.uploadedBy = actor.account();
            em.persist(a);
            // The content's row refers to the document's: that one is written first.
            em.flush();
            AttachmentContentEntity c = new AttachmentContentEntity();
            c.attachmentId = a.id;
            c.content = in.content;
            em.persist(c);
            return toAttachment(a, actor);
        });
    }

    @Override
    public Attachment get(String id, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
        return database.jpa().txExpr(TransactionType.Required, em -> toAttachment(readable(em, id, actor), actor));
    }

    @Override
    public byte[] content(String id, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
        return database.jpa().txExpr(TransactionType.Required,
                em -> em.find(AttachmentContentEntity.class, readable(em, id, actor).id).content);
    }

    /**
     * The ids among {@code ids} that are not documents of {@code talentId}: a form names only the
     * talent's own documents, never another's (whose id a clerk or a talent might have seen).
     */
    public static Set<String> notOf(EntityManager em, String talentId, Collection<String> ids) {
        Set<String> missing = new HashSet<>(ids);
        if (ids.isEmpty()) {
            return missing;
        }
        missing.removeAll(em.createQuery("select a.id from AttachmentEntity a where a.talentId = :talent and a.id in :ids",
                String.class).setParameter("talent", talentId).setParameter("ids", ids).getResultList());
        return missing;
    }

    /**
     * The document if the actor may read it, else "not found" (whether it exists is not theirs to
     * learn): its talent; the window and the talent office of the talent's jurisdiction; a unit
     * that has had a step of a request whose form names it.
     */
    private AttachmentEntity readable(EntityManager em, String id, Actor actor) {
        AttachmentEntity a = id == null || id.isBlank() ? null : em.find(AttachmentEntity.class, id.strip());
        TalentEntity talent = a == null ? null : em.find(TalentEntity.class, a.talentId);
        if (talent == null) {
            throw M.refusal(Refusal.Kind.NOT_FOUND, "ATTACHMENT_NOT_FOUND");
        }
        boolean may = actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN) && scope.covers(actor, talent.jurisdiction)
                || actor.has(Role.TALENT) && actor.account().equals(talent.account)
                || actor.has(Role.DEPARTMENT) && actor.unit() != null && namedForUnit(em, a.id, a.talentId, actor.unit());
        if (!may) {
            throw M.refusal(Refusal.Kind.NOT_FOUND, "ATTACHMENT_NOT_FOUND");
        }
        return a;
    }

    private static boolean namedForUnit(EntityManager em, String attachmentId, String owner, String unit) {
        // A request of the document's own talent: another talent's request quoting the id (in a text
        // field, say) does not open the document to the units it reaches.
        return em.createQuery("select count(t) from TicketEntity t join t.steps s, TicketFormValueEntity v"
                + " where v.ticketId = t.id and v.value = :id and s.unit = :unit and t.talentId = :owner", Long.class)
                .setParameter("id", attachmentId).setParameter("unit", unit).setParameter("owner", owner)
                .getSingleResult() > 0;
    }

    private static Attachment toAttachment(AttachmentEntity a, Actor actor) {
        Attachment d = new Attachment();
        d.id = a.id;
        d.talentId = a.talentId;
        d.fileName = a.fileName;
        d.contentType = a.contentType;
        d.size = a.size;
        d.sha256 = a.sha256;
        d.uploadedAt = Times.instant(a.uploadedAt);
        // Staff logins are internal; the talent reads their own.
        d.uploadedBy = Access.isStaff(actor) || actor.account().equals(a.uploadedBy) ? a.uploadedBy : null;
        return d;
    }

    /** The declared type as kept (parameters and case aside; image/jpg is JPEG), or null when not kept. */
    private static String type(String declared) {
        if (declared == null) {
            return null;
        }
        String t = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        t = "image/jpg".equals(t) ? "image/jpeg" : t;
        return SIGNATURES.containsKey(t) ? t : null;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
