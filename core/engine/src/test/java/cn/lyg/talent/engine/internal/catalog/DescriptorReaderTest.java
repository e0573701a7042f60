package cn.lyg.talent.engine.internal.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.ServiceDefinition;

/** Service descriptors (services without Java): read strictly, so a typo is reported, never guessed at. */
public class DescriptorReaderTest {

    private static List<DescriptorReader.Described> read(String xml) throws Exception {
        return DescriptorReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String invalid(String xml) throws Exception {
        try {
            read(xml);
            fail("invalid: " + xml);
            return null;
        } catch (DescriptorReader.Invalid e) {
            return e.getMessage();
        }
    }

    private static final String NS = "xmlns=\"urn:cn.lyg.talent:service:1\"";

    @Test
    public void aFullDescriptorIsRead() throws Exception {
        List<DescriptorReader.Described> d = read("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<services " + NS + "><service code=\"salon\" article=\"Art.9\" jurisdiction=\"320706\" ranking=\"5\">"
                + "<name zh=\"沙龙\" en=\"Salon\"/><description zh=\"说明\" en=\"About\"/><unit>TALENT_OFFICE</unit><unit> HRSS </unit>"
                + "<guide><eligibility zh=\"条件\" en=\"Who\"/><material zh=\"材料\" en=\"Doc\"/><step zh=\"一\" en=\"One\"/>"
                + "<step zh=\"二\" en=\"Two\"/><time-limits zh=\"时限\" en=\"Limit\"/><fees zh=\"免费\" en=\"Free\"/>"
                + "<contact zh=\"窗口\" en=\"Window\"/></guide>"
                + "<form><field name=\"topics\" type=\"multi-choice\" required=\"true\"><label zh=\"主题\" en=\"Topics\"/>"
                + "<hint zh=\"提示\" en=\"Hint\"/><choice key=\"a\" zh=\"甲\" en=\"A\"/><choice key=\"b\" zh=\"乙\" en=\"B\"/></field>"
                + "<field name=\"n\" type=\"number\" min=\"1\" max=\"3\" decimals=\"0\"><label zh=\"数\" en=\"N\"/></field>"
                + "<field name=\"t\" type=\"text\" max-length=\"20\" pattern=\"[a-z]+\" required-if=\"topics=a\"><label zh=\"文\" en=\"T\"/></field>"
                + "</form></service><service code=\"other\"><name zh=\"另\" en=\"Other\"/><unit>HRSS</unit></service></services>");
        assertEquals(2, d.size());
        ServiceDefinition s = d.get(0).definition();
        assertEquals(5, d.get(0).ranking());
        assertEquals("320706", s.jurisdiction);
        assertEquals(List.of("TALENT_OFFICE", "HRSS"), s.units);
        assertEquals(2, s.guide.steps.size());
        assertEquals("Free", s.guide.fees.en);
        assertEquals(FieldType.MULTI_CHOICE, s.form.get(0).type);
        assertTrue(s.form.get(0).required);
        assertEquals(2, s.form.get(0).choices.size());
        assertEquals("3", s.form.get(1).max);
        assertEquals(Integer.valueOf(20), s.form.get(2).maxLength);
        assertEquals(Integer.valueOf(0), s.form.get(1).decimals);
        assertEquals("topics=a", s.form.get(2).requiredIf);
        assertEquals(0, d.get(1).ranking());
    }

    @Test
    public void mistakesAreNamed() throws Exception {
        assertTrue(invalid("<service " + NS + " code=\"x\" colour=\"red\"><name zh=\"a\" en=\"b\"/></service>").contains("colour"));
        assertTrue(invalid("<service " + NS + " code=\"x\"><name zh=\"a\" en=\"b\"/><units>HRSS</units></service>")
                .contains("<units>"));
        assertTrue(invalid("<service " + NS + " code=\"x\"><unit>HRSS</unit></service>").contains("<name>"));
        assertTrue(invalid("<service " + NS + " code=\"x\"><name zh=\"a\"/></service>").contains("'en'"));
        assertTrue(invalid("<service " + NS + " code=\"x\"><name zh=\"a\" en=\"b\"/><form><field name=\"f\" type=\"colour\">"
                + "<label zh=\"a\" en=\"b\"/></field></form></service>").contains("colour"));
        assertTrue(invalid("<service code=\"x\"/>").contains("namespace"));
        assertTrue(invalid("<service " + NS + " code=\"x\" ranking=\"high\"><name zh=\"a\" en=\"b\"/></service>")
                .contains("whole number"));
        assertTrue(invalid("<service " + NS + " code=\"x\"><name zh=\"a\" en=\"b\"").startsWith("line"));
    }

    /** Art.9: the county operator who wrote the file reads what is wrong in Chinese first. */
    @Test
    public void aMistakeIsNamedInBothLanguages() throws Exception {
        try {
            read("<service " + NS + " code=\"x\"><name zh=\"a\"/></service>");
            fail();
        } catch (DescriptorReader.Invalid e) {
            assertEquals("服务事项“x”：<name> 须有属性“en”", e.reason().zh);
            assertEquals("service 'x': <name> needs the attribute 'en'", e.reason().en);
        }
        try {
            read("<service " + NS + " code=\"x\"><name zh=\"a\" en=\"b\"");
            fail();
        } catch (DescriptorReader.Invalid e) {
            // The parser's own words stay English; where they are is said in both.
            assertTrue(e.reason().zh, e.reason().zh.startsWith("第 1 行："));
        }
    }

    @Test
    public void documentTypesAndExternalEntitiesAreRefused() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE service [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<service " + NS + " code=\"x\"><name zh=\"&x;\" en=\"b\"/><unit>HRSS</unit></service>";
        assertTrue(invalid(xxe).contains("DOCTYPE"));
    }

    /** A service whose plugin does its work names that plugin; a name that is no bundle's is a typo. */
    @Test
    public void aServiceMayRequireThePluginThatDoesItsWork() throws Exception {
        String body = "<name zh=\"金卡\" en=\"Card\"/><unit>HRSS</unit></service>";
        assertEquals("cn.lyg.talent.plugin.goldcard", read("<service " + NS
                + " code=\"card\" requires-plugin=\"cn.lyg.talent.plugin.goldcard\">" + body).get(0).definition().requiredPlugin);
        assertNull(read("<service " + NS + " code=\"card\">" + body).get(0).definition().requiredPlugin);
        assertTrue(invalid("<service " + NS + " code=\"card\" requires-plugin=\"gold card\">" + body)
                .contains("requires-plugin must be a bundle's symbolic name"));
    }
}
