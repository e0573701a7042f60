package cn.lyg.talent.engine.internal.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Text;

public class DefinitionCheckTest {

    private static FormField field(String name, FieldType type, String min, String max) {
        FormField f = TestCatalogs.field(name, type, false);
        f.min = min;
        f.max = max;
        return f;
    }

    @Test
    public void aConditionNamesAFieldOfTheFormAndDecimalsApplyToNumbers() {
        FormField delivery = field("delivery", FieldType.CHOICE, null, null);
        delivery.choices.add(new Choice("mail", new Text("邮寄", "Mail")));
        FormField address = field("address", FieldType.TEXT, null, null);
        address.requiredIf = "delivry=mail";
        FormField note = field("note", FieldType.TEXT, null, null);
        note.decimals = 0;
        List<String> p = DefinitionCheck.fields(List.of(delivery, address, note), new HashSet<>());
        assertEquals(p.toString(), 2, p.size());
        assertTrue(p.toString(), p.toString().contains("decimals apply to numbers only"));
        assertTrue(p.toString(), p.toString().contains("required-if names no field of the form: delivry"));
        address.requiredIf = "delivery=mail";
        note.decimals = null;
        assertEquals(List.of(), DefinitionCheck.fields(List.of(delivery, address, note), new HashSet<>()));
    }

    /** A range no value satisfies would refuse every submission: it is a problem of the descriptor. */
    @Test
    public void aRangeNoValueCanSatisfyIsReported() {
        List<String> p = DefinitionCheck.fields(List.of(field("n", FieldType.NUMBER, "5", "1"),
                field("since", FieldType.DATE, "2030-01-01", "today")), new HashSet<>());
        assertEquals(p.toString(), 2, p.size());
        assertTrue(p.get(0), p.get(0).contains("min 5 is greater than max 1"));
        assertTrue(p.get(1), p.get(1).contains("min 2030-01-01 is after max today"));
        assertEquals(List.of(), DefinitionCheck.fields(List.of(field("n", FieldType.NUMBER, "1", "5"),
                field("since", FieldType.DATE, "2000-01-01", "today"), field("m", FieldType.NUMBER, "3", "3")),
                new HashSet<>()));
    }
}
