package cn.lyg.talent.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** The registry through the Karaf console commands, as a window clerk would use them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConsoleIT extends TalentTestSupport {

    @Test
    public void addListShowAndCertifyFromTheConsole() throws Exception {
        String id = newIdNumber();
        String added = console("window1", "talent:add -n 控制台 -g MALE --id " + id
                + " -d DOCTORATE -p 13812345678 --employer 测试单位", "window");
        assertTrue(added, added.contains("Registered"));
        String talentId = added.replaceAll("(?s).*\\(([0-9a-f-]{36})\\).*", "$1").strip();

        String list = console("window1", "talent:list -n 控制台", "window");
        assertTrue(list, list.contains("控制台"));
        assertFalse("identity numbers are masked in lists", list.contains(id));
        assertTrue(list, list.contains(id.substring(0, 4) + "**********" + id.substring(14)));

        String certified = console("supervisor1", "talent:certify --by 市人才办 --basis 测试 --from 2026-01-01 " + talentId + " C",
                "supervisor");
        assertTrue(certified, certified.contains("Certified class C"));
        String shown = console("window1", "talent:show " + talentId, "window");
        assertTrue(shown, shown.contains(id));
        assertTrue(shown, shown.contains("市人才办"));

        // Art.4.1, Art.4.2: the window records the family the services need, from the console.
        String child = console("window1", "talent:add-child -n 小明 -b 2019-03-01 -s KINDERGARTEN " + talentId, "window");
        assertTrue(child, child.contains("小明 2019-03-01 幼儿园"));
        long before = count("FAMILY_MEMBER");
        String badDate = console("window1", "talent:add-child -n 小红 -b 2019-3-1 " + talentId, "window");
        assertTrue(badDate, badDate.contains("INVALID_DATE"));
        assertEquals(before, count("FAMILY_MEMBER"));
        String spouse = console("window1", "talent:set-spouse -n 李华 --status PUBLIC_INSTITUTION_STAFF"
                + " --employer-nature PUBLIC_INSTITUTION --speciality 临床医学 " + talentId, "window");
        assertTrue(spouse, spouse.contains("李华") && spouse.contains("小明"));
        String record = http("GET", "/talents/" + talentId, "window1", null).body();
        assertTrue(record, record.contains("\"speciality\":\"临床医学\"") && record.contains("\"name\":\"小明\""));
        String notHers = console("dept_edu", "talent:add-child -n 小刚 -b 2018-01-01 " + talentId, "department", "unit:EDUCATION");
        assertTrue(notHers, notHers.contains("ROLE_REQUIRED") || notHers.contains("TALENT_NOT_FOUND"));
    }

    @Test
    public void aRefusalIsOneClearLineAndWritesNothing() throws Exception {
        Map<String, Long> before = snapshot();
        String out = console("window1", "talent:add -n 错误 -g MALE --id 110105194912310021 -d MASTER -p 123",
                "window");
        assertTrue(out, out.contains("TALENT_INVALID"));
        // Named by the option typed (--id), not the request's field (document.number).
        assertTrue(out, out.contains("--id: ") && !out.contains("document.number"));
        assertTrue(out, out.contains("校验码"));
        assertTrue(out, out.contains("check character"));
        assertFalse(out, out.contains("Exception"));
        // A mistyped code is named with the codes to choose from, in both languages, not Karaf's
        // conversion error naming a Java type.
        String gender = console("window1", "talent:add -n 错误 -g MAN --id " + newIdNumber() + " -d MASTER -p 13812345678",
                "window");
        assertTrue(gender, gender.contains("INVALID_CHOICE") && gender.contains("--gender") && gender.contains("MALE"));
        assertFalse(gender, gender.contains("unable to convert"));
        String cls = console("window1", "talent:list --class Q", "window");
        assertTrue(cls, cls.contains("INVALID_CHOICE") && cls.contains("--class"));
        assertEquals(before, snapshot());
    }

    @Test
    public void aDepartmentHandlerMayNotRegister() throws Exception {
        Map<String, Long> before = snapshot();
        String out = console("dept_edu", "talent:add -n 部门 -g MALE --id " + newIdNumber() + " -d MASTER -p 13812345678",
                "department");
        assertTrue(out, out.contains("ROLE_REQUIRED"));
        assertEquals(before, snapshot());
    }

    @Test
    public void unitsAndJurisdictions() throws Exception {
        String units = console("admin", "unit:list", "admin");
        assertTrue(units, units.contains("EDUCATION"));
        assertTrue(units, units.contains("市卫生计生委"));
        String j = console("admin", "jurisdiction:show", "admin");
        assertTrue(j, j.contains("320722"));
        assertTrue(j, j.contains("东海县"));
        // A unit filter naming no unit is refused, naming the option, instead of listing nothing.
        String nope = console("supervisor1", "ticket:notices -u NOPE", "supervisor");
        assertTrue(nope, nope.contains("UNIT_UNKNOWN") && nope.contains("-u/--unit: 填写单位代码") && nope.contains("unit:list"));
    }

    /**
     * Art.6 offline: the window keeps what a talent hands in at the counter from the console (the
     * scanner's file on this machine), and the request submitted for them names it in its form.
     */
    @Test
    public void aDocumentHandedInAtTheCounterIsKeptAndNamedInTheForm() throws Exception {
        String added = console("window1", "talent:add -n 递交材料 -g MALE --id " + newIdNumber()
                + " -d DOCTORATE -p 13812345678 --employer 测试单位", "window");
        String talentId = added.replaceAll("(?s).*\\(([0-9a-f-]{36})\\).*", "$1").strip();
        console("supervisor1", "talent:certify --by 市人才办 --basis 测试 --from 2026-01-01 " + talentId + " C", "supervisor");
        console("window1", "talent:set-spouse -n 李华 --status ENTERPRISE_EMPLOYEE --employer-nature PRIVATE_ENTERPRISE "
                + talentId, "window");
        java.nio.file.Path scan = java.nio.file.Files.createTempFile("用人单位接收函", ".pdf");
        java.nio.file.Files.write(scan, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        java.nio.file.Path notAPdf = java.nio.file.Files.createTempFile("伪造", ".pdf");
        java.nio.file.Files.writeString(notAPdf, "not a pdf");

        long before = count("ATTACHMENT");
        String missing = console("window1", "attachment:add " + talentId + " /nonexistent/scan.pdf", "window");
        assertTrue(missing, missing.contains("FILE_NOT_READABLE") && missing.contains("没有可读取的文件"));
        String forged = console("window1", "attachment:add " + talentId + " " + notAPdf, "window");
        // The content is checked, not the name: a text file called .pdf is refused, naming the file.
        assertTrue(forged, forged.contains("ATTACHMENT_INVALID") && forged.contains("<file>:"));
        assertFalse(forged, forged.contains("Exception"));
        assertEquals("refused documents are not kept", before, count("ATTACHMENT"));

        String kept = console("window1", "attachment:add -n 用人单位接收函.pdf " + talentId + " " + scan, "window");
        assertTrue(kept, kept.contains("已收取材料 用人单位接收函.pdf") && kept.contains("Kept 用人单位接收函.pdf (application/pdf"));
        String documentId = kept.replaceAll("(?s).*材料ID ([0-9a-f-]{36}).*", "$1").strip();
        assertEquals(before + 1, count("ATTACHMENT"));
        String shown = console("window1", "attachment:show " + documentId, "window");
        assertTrue(shown, shown.contains("用人单位接收函.pdf") && shown.contains(talentId));

        String submitted = console("window1", "ticket:submit -t " + talentId + " -s spouse-employment -d 配偶随调"
                + " -f route=employer-arranged -f employerConfirmation=" + documentId, "window");
        assertTrue(submitted, submitted.matches("(?s).*\\d{6}-\\d{8}-\\d{4}.*"));
        String number = submitted.replaceAll("(?s).*(\\d{6}-\\d{8}-\\d{4}).*", "$1");
        String ticket = console("window1", "ticket:show " + number, "window");
        assertTrue(ticket, ticket.contains("用人单位接收函.pdf"));
    }
}
