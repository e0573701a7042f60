package cn.lyg.talent.engine.internal.attachment;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.attachment.Attachment;
import cn.lyg.talent.api.attachment.AttachmentUpload;
import cn.lyg.talent.api.attachment.Attachments;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.registry.TalentClass;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.engine.internal.catalog.TestCatalogs;
import cn.lyg.talent.engine.internal.window.WindowFixture;

/** Art.6: the materials of a request, handed in as documents and named in its form. */
public class AttachmentsTest {
    /** The first bytes of a PDF, a JPEG and a PNG, and of something else. */
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    private WindowFixture f;
    private AttachmentsImpl attachments;
    private String talent1;

    @Before
    public void setUp() throws Exception {
        f = new WindowFixture();
        attachments = new AttachmentsImpl(f.db.database, f.jurisdictions, f.settings, f.clock);
        talent1 = f.window.get(f.submitOnline().id, WindowFixture.WINDOW).talentId;
        ServiceDefinition d = TestCatalogs.definition("spouse-job", null, "HRSS");
        d.form = List.of(TestCatalogs.field("confirmation", FieldType.ATTACHMENT, true),
                TestCatalogs.field("note", FieldType.TEXT, false));
        TestCatalogs.offer(f.catalog, d, "city.spouse", 0);
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    private static AttachmentUpload upload(String talentId, String name, String type, byte[] content) {
        AttachmentUpload u = new AttachmentUpload();
        u.talentId = talentId;
        u.fileName = name;
        u.contentType = type;
        u.content = content;
        return u;
    }

    private static Refusal refused(Runnable call, String code) {
        try {
            call.run();
        } catch (Refusal r) {
            assertEquals(r.fieldErrors().toString(), code, r.code());
            return r;
        }
        throw new AssertionError(code + " expected");
    }

    private static List<String> fields(Refusal r) {
        return r.fieldErrors().stream().map(e -> e.field + ":" + e.code).toList();
    }

    private Ticket submit(String attachmentId, Actor actor) {
        TicketInput in = new TicketInput();
        in.serviceCode = "spouse-job";
        in.description = "配偶随调";
        in.form = Map.of("confirmation", attachmentId);
        return f.window.submit(in, actor);
    }

    @Test
    public void art6ATalentHandsInADocumentAndNamesItInTheForm() throws Exception {
        Attachment a = attachments.upload(upload(null, "单位接收函.pdf", "application/pdf", PDF), WindowFixture.TALENT);
        assertEquals(talent1, a.talentId);
        assertEquals("application/pdf", a.contentType);
        assertEquals(PDF.length, a.size);
        assertEquals(64, a.sha256.length());
        assertEquals("talent1", a.uploadedBy);
        Ticket t = submit(a.id, WindowFixture.TALENT);
        assertEquals(a.id, t.form.get("confirmation"));
        // People read the document by its name; programs keep its id.
        assertEquals("单位接收函.pdf", t.formShown.get(0).value.zh);
        // Kept as handed in, for the talent and the window; the unit reads it once the request reaches it.
        assertArrayEquals(PDF, attachments.content(a.id, WindowFixture.TALENT));
        assertArrayEquals(PDF, attachments.content(a.id, WindowFixture.WINDOW));
        Actor hrss = WindowFixture.actor("dept_hrss", "HRSS", Role.DEPARTMENT);
        refused(() -> attachments.get(a.id, hrss), "ATTACHMENT_NOT_FOUND");
        f.window.transition(t.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW);
        TransitionInput to = new TransitionInput();
        to.unit = "HRSS";
        f.window.transition(t.id, TicketAction.DISPATCH, to, WindowFixture.WINDOW);
        assertArrayEquals(PDF, attachments.content(a.id, hrss));
        // Staff logins stay internal for others than staff: the unit sees who uploaded, another unit nothing.
        assertEquals("talent1", attachments.get(a.id, hrss).uploadedBy);
        refused(() -> attachments.get(a.id, WindowFixture.EDUCATION), "ATTACHMENT_NOT_FOUND");
        Attachment byClerk = attachments.upload(upload(talent1, "照片.jpg", "image/jpg", JPEG), WindowFixture.WINDOW);
        assertEquals("image/jpeg", byClerk.contentType);
        assertNull("the talent does not read the clerk's login", attachments.get(byClerk.id, WindowFixture.TALENT).uploadedBy);
        assertEquals(2, f.db.count("ATTACHMENT"));
    }

    @Test
    public void aTalentLoginWithoutARecordIsToldToHaveItLinkedAndNothingIsKept() throws Exception {
        long kept = f.db.count("ATTACHMENT");
        Actor unlinked = WindowFixture.actor("talent9", null, Role.TALENT);
        Refusal r = refused(() -> attachments.upload(upload(null, "单位接收函.pdf", "application/pdf", PDF), unlinked),
                "ACCOUNT_NOT_LINKED");
        assertEquals(Refusal.Kind.FORBIDDEN, r.kind());
        assertEquals(kept, f.db.count("ATTACHMENT"));
    }

    @Test
    public void aDocumentThatIsNotWhatItSaysOrTooLargeOrMisnamedIsRefusedAndNothingIsKept() throws Exception {
        Refusal r = refused(() -> attachments.upload(upload(null, "../../etc/passwd", "application/x-msdownload", PROGRAM),
                WindowFixture.TALENT), "ATTACHMENT_INVALID");
        assertEquals(List.of("fileName:PATH_IN_NAME", "contentType:TYPE_NOT_ALLOWED"), fields(r));
        assertEquals("应为以下之一：application/pdf, image/jpeg, image/png。", r.fieldErrors().get(1).messageZh);
        r = refused(() -> attachments.upload(upload(null, "证明.pdf", "application/pdf", PROGRAM), WindowFixture.TALENT),
                "ATTACHMENT_INVALID");
        assertEquals(List.of("content:CONTENT_NOT_AS_DECLARED"), fields(r));
        byte[] large = new byte[Attachments.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, large, 0, PDF.length);
        r = refused(() -> attachments.upload(upload(null, "扫描件.pdf", "application/pdf", large), WindowFixture.TALENT),
                "ATTACHMENT_INVALID");
        assertEquals(List.of("content:TOO_LARGE"), fields(r));
        r = refused(() -> attachments.upload(upload(null, " ", null, null), WindowFixture.WINDOW), "ATTACHMENT_INVALID");
        assertEquals(List.of("talentId:REQUIRED", "fileName:REQUIRED", "contentType:TYPE_NOT_ALLOWED", "content:REQUIRED"), fields(r));
        // Online a talent keeps documents for themselves only.
        String other = f.talent("talent2", 62, TalentClass.C);
        r = refused(() -> attachments.upload(upload(other, "a.pdf", "application/pdf", PDF), WindowFixture.TALENT),
                "ATTACHMENT_INVALID");
        assertEquals(List.of("talentId:NOT_OWN_TALENT"), fields(r));
        refused(() -> attachments.upload(upload(null, "a.pdf", "application/pdf", PDF), WindowFixture.EDUCATION), "ROLE_REQUIRED");
        assertEquals(0, f.db.count("ATTACHMENT"));
    }

    @Test
    public void aFormNamesOnlyTheTalentsOwnDocuments() throws Exception {
        String other = f.talent("talent2", 62, TalentClass.C);
        Attachment theirs = attachments.upload(upload(other, "他人材料.pdf", "application/pdf", PDF), WindowFixture.WINDOW);
        long tickets = f.db.count("TICKET");
        for (String id : new String[] {theirs.id, "file:///etc/passwd"}) {
            Refusal r = refused(() -> submit(id, WindowFixture.TALENT), "TICKET_INVALID");
            assertEquals(List.of("form.confirmation:ATTACHMENT_UNKNOWN"), fields(r));
        }
        assertEquals(tickets, f.db.count("TICKET"));
        // Another talent's document is not theirs to read either, whoever learnt its id.
        refused(() -> attachments.content(theirs.id, WindowFixture.TALENT), "ATTACHMENT_NOT_FOUND");
        Actor county = new Actor("donghai_window", java.util.EnumSet.of(Role.WINDOW), "320722", null);
        refused(() -> attachments.get(theirs.id, county), "ATTACHMENT_NOT_FOUND");
        refused(() -> attachments.get("no-such-id", WindowFixture.WINDOW), "ATTACHMENT_NOT_FOUND");
        // Quoted in a text field of another talent's request, a document is not opened to the unit it reaches.
        Attachment mine = attachments.upload(upload(null, "本人材料.pdf", "application/pdf", PDF), WindowFixture.TALENT);
        Actor talent2 = WindowFixture.actor("talent2", null, Role.TALENT);
        Attachment own = attachments.upload(upload(null, "材料.pdf", "application/pdf", PDF), talent2);
        TicketInput in = new TicketInput();
        in.serviceCode = "spouse-job";
        in.description = "配偶随调";
        in.form = Map.of("confirmation", own.id, "note", mine.id);
        Ticket quoting = f.window.submit(in, talent2);
        f.window.transition(quoting.id, TicketAction.ACCEPT, null, WindowFixture.WINDOW);
        TransitionInput to = new TransitionInput();
        to.unit = "HRSS";
        f.window.transition(quoting.id, TicketAction.DISPATCH, to, WindowFixture.WINDOW);
        Actor hrss = WindowFixture.actor("dept_hrss", "HRSS", Role.DEPARTMENT);
        assertEquals(own.id, attachments.get(own.id, hrss).id);
        refused(() -> attachments.get(mine.id, hrss), "ATTACHMENT_NOT_FOUND");
    }

    @Test
    public void aTalentHandsInAtMostFiftyDocumentsADayAndNamesWithoutLineBreaks() throws Exception {
        assertEquals(List.of("fileName:CONTROL_CHARACTER"), fields(refused(() -> attachments.upload(
                upload(null, "a\r\nX-Injected: 1.pdf", "application/pdf", PDF), WindowFixture.TALENT), "ATTACHMENT_INVALID")));
        for (int i = 0; i < AttachmentsImpl.MAX_PER_DAY; i++) {
            attachments.upload(upload(null, "第" + i + "页.pdf", "application/pdf", PDF), WindowFixture.TALENT);
        }
        Refusal r = refused(() -> attachments.upload(upload(null, "多一页.pdf", "application/pdf", PDF), WindowFixture.TALENT),
                "ATTACHMENTS_DAILY_LIMIT");
        assertEquals(Refusal.Kind.CONFLICT, r.kind());
        assertEquals(AttachmentsImpl.MAX_PER_DAY, f.db.count("ATTACHMENT"));
        // The refusal sends the talent to the window, which is not held to the talent's uploads.
        assertTrue(r.messageZh(), r.messageZh().contains("到窗口提交"));
        attachments.upload(upload(talent1, "窗口收取.pdf", "application/pdf", PDF), WindowFixture.WINDOW);
        assertEquals(AttachmentsImpl.MAX_PER_DAY + 1, f.db.count("ATTACHMENT"));
        refused(() -> attachments.upload(upload(null, "再多一页.pdf", "application/pdf", PDF), WindowFixture.TALENT),
                "ATTACHMENTS_DAILY_LIMIT");
        // The next day the count starts again.
        f.now(2025, 9, 23, 9, 0);
        attachments.upload(upload(null, "次日.pdf", "application/pdf", PDF), WindowFixture.TALENT);
        assertEquals(AttachmentsImpl.MAX_PER_DAY + 2, f.db.count("ATTACHMENT_CONTENT"));
    }
}
