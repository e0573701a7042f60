package cn.lyg.talent.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Text;

public class FormShownTest {
    private static final List<FormField> FORM = List.of(delivery(),
            new FormField("useRegistryPhoto", FieldType.YES_NO, new Text("同意使用认定档案中的照片", "Use the photo"), false),
            topics());

    private static FormField delivery() {
        FormField f = new FormField("delivery", FieldType.CHOICE, new Text("领取方式", "Delivery"), true);
        f.choices.add(new Choice("window", new Text("窗口领取", "At the window")));
        f.choices.add(new Choice("mail", new Text("邮寄", "By mail")));
        return f;
    }

    private static FormField topics() {
        FormField f = new FormField("topics", FieldType.MULTI_CHOICE, new Text("主题", "Topics"), false);
        f.choices.add(new Choice("startup", new Text("创业", "Start-ups")));
        f.choices.add(new Choice("policy", new Text("政策解读", "Policy")));
        return f;
    }

    @Test
    public void aFormReadsAsTheTalentFilledItIn() {
        assertEquals("领取方式", FormShown.label(FORM, "delivery"));
        assertEquals("邮寄", FormShown.value(FORM, "delivery", "mail"));
        assertEquals("否", FormShown.value(FORM, "useRegistryPhoto", false));
        assertEquals("是", FormShown.value(FORM, "useRegistryPhoto", "true"));
        assertEquals("创业、政策解读", FormShown.value(FORM, "topics", List.of("startup", "policy")));
    }

    @Test
    public void aFieldOrChoiceTheDefinitionNoLongerHasIsShownAsStored() {
        assertEquals("oldField", FormShown.label(FORM, "oldField"));
        assertEquals("x", FormShown.value(FORM, "oldField", "x"));
        assertEquals("courier", FormShown.value(FORM, "delivery", "courier"));
    }
}
