package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.attachment.Attachment;
import cn.lyg.talent.api.attachment.Attachments;

@Command(scope = "attachment", name = "show", description = "显示一份材料：名称、类型、大小、所属人才、递交时间和摘要 / Shows a document: name, type, size, talent, when handed in and its digest")
@Service
public class AttachmentShow extends TalentCommandSupport {

    @Reference
    private Attachments attachments;

    @Argument(index = 0, name = "id", description = "材料ID / Document id", required = true)
    String id;

    @Override
    protected Object run() {
        Attachment a = attachments.get(id, actor());
        line("attachment.show.name", a.fileName);
        line("attachment.show.type", a.contentType + "   " + ConsoleText.both("attachment.show.bytes", String.valueOf(a.size)));
        line("attachment.show.talent", a.talentId);
        line("attachment.show.uploaded", time(a.uploadedAt) + "   " + a.uploadedBy);
        line("attachment.show.sha256", a.sha256);
        return null;
    }

    private static void line(String key, String value) {
        System.out.println(ConsoleText.label(key, 19) + value);
    }
}
