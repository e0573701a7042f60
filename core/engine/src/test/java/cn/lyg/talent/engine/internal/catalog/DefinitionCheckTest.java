package cn.lyg.talent.engine.internal.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.Jurisdiction;

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
        List<String> p = DefinitionCheck.fields(List.of(delivery, address, note), new HashSet<>()).stream().map(t -> t.en).toList();
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
        List<Text> p = DefinitionCheck.fields(List.of(field("n", FieldType.NUMBER, "5", "1"),
                field("since", FieldType.DATE, "2030-01-01", "today")), new HashSet<>());
        assertEquals(p.toString(), 2, p.size());
        assertEquals("field \"n\": min 5 is greater than max 1", p.get(0).en);
        // The county operator reads it in Chinese first.
        assertEquals("字段“n”：最小值 5 大于最大值 1", p.get(0).zh);
        assertTrue(p.get(1).en, p.get(1).en.contains("min 2030-01-01 is after max today"));
        assertEquals(List.of(), DefinitionCheck.fields(List.of(field("n", FieldType.NUMBER, "1", "5"),
                field("since", FieldType.DATE, "2000-01-01", "today"), field("m", FieldType.NUMBER, "3", "3")),
                new HashSet<>()));
    }

    /** Art.9: a county's service for a jurisdiction that no longer exists (赣榆县, a district since 2014) is not offered. */
    @Test
    public void aServiceOfAnAbolishedOrUnknownJurisdictionIsReportedInBothLanguages() {
        ServiceDefinition d = new ServiceDefinition();
        d.code = "ganyu-visit";
        d.name = new Text("赣榆参观", "Ganyu visit");
        d.units = List.of("TALENT_OFFICE");
        d.jurisdiction = "320721";
        Jurisdiction ganyu = new Jurisdiction();
        ganyu.code = "320721";
        ganyu.nameZh = "赣榆县（2014年撤销）";
        ganyu.nameEn = "Ganyu County (abolished 2014)";
        ganyu.active = false;
        List<Text> p = DefinitionCheck.problems(d, u -> true, j -> j.equals("320721") ? Optional.of(ganyu) : Optional.empty());
        assertEquals(List.of("辖区“320721 赣榆县（2014年撤销）”不是现行辖区，没有人才归属于它"), p.stream().map(t -> t.zh).toList());
        assertEquals(List.of("jurisdiction \"320721 Ganyu County (abolished 2014)\" is not in use: no talent belongs to it"),
                p.stream().map(t -> t.en).toList());
        ganyu.active = true;
        assertEquals(List.of(), DefinitionCheck.problems(d, u -> true, j -> Optional.of(ganyu)));
        d.jurisdiction = "320799";
        assertEquals("辖区“320799”不存在", DefinitionCheck.problems(d, u -> true, j -> Optional.empty()).get(0).zh);
    }
}
