package cn.lyg.talent.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.FileCompleter;

import cn.lyg.talent.api.attachment.Attachment;
import cn.lyg.talent.api.attachment.AttachmentUpload;
import cn.lyg.talent.api.attachment.Attachments;

/**
 * Keeps a document a talent hands in at the counter, read from a file on the instance's machine
 * (where the window's scanner saves), so that a request submitted with {@code ticket:submit} can
 * name it in its form, as one submitted online names what the talent uploaded (decision 0020).
 */
@Command(scope = "attachment", name = "add",
        description = "收取人才在窗口递交的材料（本机上的 PDF、JPEG 或 PNG 文件，第六条），得到填入表单的材料ID"
                + " / Keeps a document a talent hands in at the window (a PDF, JPEG or PNG file on this machine, Art.6);"
                + " prints the id to give in the form")
@Service
public class AttachmentAdd extends TalentCommandSupport {

    @Reference
    private Attachments attachments;

    @Argument(index = 0, name = "talent", description = "人才ID / Talent id", required = true)
    String talent;

    @Argument(index = 1, name = "file", description = "文件路径 / Path of the file", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--name", aliases = "-n", description = "材料名称（默认为文件名） / The document's name (default: the file's)")
    String name;

    @Override
    protected Object run() throws CommandException {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new CommandException(ConsoleText.refusal("FILE_NOT_READABLE", "attachment.add.error.file", file));
        }
        AttachmentUpload upload = new AttachmentUpload();
        upload.talentId = talent;
        upload.fileName = name != null ? name : path.getFileName().toString();
        upload.contentType = typeOf(path.getFileName().toString());
        // One byte over the limit is enough for the platform to refuse it; a huge file is never read whole.
        try (InputStream in = Files.newInputStream(path)) {
            upload.content = in.readNBytes(Attachments.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CommandException(ConsoleText.refusal("FILE_NOT_READABLE", "attachment.add.error.file", file));
        }
        Attachment a = attachments.upload(upload, actor());
        System.out.println(ConsoleText.both("attachment.add.kept", a.fileName, a.contentType, String.valueOf(a.size), a.id));
        return null;
    }

    /** The document's content and type come from the file, its name from --name or the file. */
    @Override
    String asTyped(String field) {
        return switch (field) {
            case "content", "contentType" -> "<file>";
            case "fileName" -> name != null ? "-n/--name" : "<file>";
            case "talentId" -> "<talent>";
            default -> super.asTyped(field);
        };
    }

    /** The type its name says, which the platform checks against the content's first bytes. */
    static String typeOf(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
