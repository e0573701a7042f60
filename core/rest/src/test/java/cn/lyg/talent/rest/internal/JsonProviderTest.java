package cn.lyg.talent.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import javax.ws.rs.WebApplicationException;

import org.junit.Test;

import cn.lyg.talent.api.registry.TalentInput;
import cn.lyg.talent.api.window.TransitionInput;

/** How a body the API cannot read is answered: every field it refuses is named at once. */
public class JsonProviderTest {

    private static Problem refused(String json, Class<?> type) {
        try {
            JsonProvider.read(json, type);
            fail("refused expected: " + json);
            return null;
        } catch (WebApplicationException e) {
            return (Problem) e.getResponse().getEntity();
        }
    }

    private static List<String> fields(Problem p) {
        return p.errors.stream().map(e -> e.field + ":" + e.code).toList();
    }

    @Test
    public void everyFieldOfTheWrongTypeIsNamedInOneAnswer() {
        Problem p = refused("{\"name\":12345,\"gender\":\"MALEE\",\"phone\":13812345678,\"highestDegree\":\"DOCTORATE\"}",
                TalentInput.class);
        assertEquals(400, p.status);
        assertEquals("INVALID_VALUE", p.code);
        assertEquals(List.of("name:INVALID_VALUE", "gender:INVALID_CHOICE", "phone:INVALID_VALUE"), fields(p));
        // In both languages, the codes there are listed for a misspelt one, each with its name.
        assertEquals("应为以下之一：MALE（男）、FEMALE（女）。", p.errors.get(1).messageZh);
        assertEquals(true, p.errors.get(1).messageEn.contains("MALE (male), FEMALE (female)"));
    }

    @Test
    public void aPluginsValuesMayBeSentAsJsonBooleansAndNumbers() throws Exception {
        TransitionInput in = (TransitionInput) JsonProvider.read(
                "{\"reply\":\"已安置\",\"values\":{\"quotaAvailable\":false,\"jobs\":3,\"unit\":\"市第一人民医院\"}}",
                TransitionInput.class);
        assertEquals(Map.of("quotaAvailable", "false", "jobs", "3", "unit", "市第一人民医院"), in.values);
        // Not an object or a list, and elsewhere a wrong type stays refused.
        assertEquals(List.of("values:INVALID_VALUE"), fields(refused("{\"values\":{\"unit\":{\"name\":\"x\"}}}",
                TransitionInput.class)).stream().map(f -> f.replaceAll("\\..*:", ":")).toList());
        refused("{\"reply\":true}", TransitionInput.class);
    }

    @Test
    public void aDateWrittenAnotherWaySaysHowToWriteIt() {
        Problem p = refused("{\"promisedDate\":\"30/11/2026\"}", TransitionInput.class);
        assertEquals(List.of("promisedDate:INVALID_DATE"), fields(p));
        assertEquals("应为YYYY-MM-DD格式的日期。", p.errors.get(0).messageZh);
    }

    @Test
    public void anUnknownFieldAndAWrongValueAreNamedTogether() {
        Problem p = refused("{\"reply\":\"已办结\",\"folowUpMethod\":\"PHONE\",\"promisedDate\":\"next week\"}",
                TransitionInput.class);
        assertEquals("UNKNOWN_FIELD", p.code);
        assertEquals(List.of("folowUpMethod:UNKNOWN_FIELD", "promisedDate:INVALID_DATE"), fields(p));
    }

    @Test
    public void aNestedFieldIsNamedByItsPath() {
        Problem p = refused("{\"document\":{\"type\":\"RESIDENT_ID\",\"number\":110105},\"name\":\"张三\"}",
                TalentInput.class);
        assertEquals(List.of("document.number:INVALID_VALUE"), fields(p));
    }

    @Test
    public void aBodyThatIsNotJsonIsNamedByItsPlace() {
        Problem p = refused("{\"name\": \"x\",", TalentInput.class);
        assertEquals("MALFORMED_JSON", p.code);
        assertEquals(List.of(), p.errors);
    }

    @Test
    public void aFieldGivenTwiceIsRefusedByName() {
        Problem p = refused("{\"name\": \"测试\", \"name\": \"别名\"}", TalentInput.class);
        assertEquals("DUPLICATE_FIELD", p.code);
        assertEquals("name", p.errors.get(0).field);
        assertEquals("DUPLICATE_FIELD", p.errors.get(0).code);
        assertEquals("字段“name”出现了不止一次。", p.errors.get(0).messageZh);
        assertEquals("Field 'name' is given more than once.", p.errors.get(0).messageEn);
        // Inside a form's values too, named with its path, not as a value of the wrong type.
        Problem inForm = refused("{\"serviceCode\": \"tax\", \"form\": {\"matter\": \"other\", \"matter\": \"invoice\"}}",
                cn.lyg.talent.api.window.TicketInput.class);
        assertEquals("DUPLICATE_FIELD", inForm.code);
        assertEquals("form.matter", inForm.errors.get(0).field);
    }
}
