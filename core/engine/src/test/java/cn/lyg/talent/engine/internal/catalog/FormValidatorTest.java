package cn.lyg.talent.engine.internal.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.Violations;

public class FormValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** The city's gold card (Art.4.5): a card by mail needs the address; family members are counted whole. */
    private static List<FormField> goldCard() {
        FormField delivery = TestCatalogs.field("delivery", FieldType.CHOICE, true);
        delivery.label = new Text("领取方式", "How to receive the card");
        delivery.choices.add(new Choice("window", new Text("窗口领取", "At the window")));
        delivery.choices.add(new Choice("mail", new Text("邮寄", "By mail")));
        FormField address = TestCatalogs.field("mailingAddress", FieldType.TEXT, false);
        address.requiredIf = "delivery=mail";
        FormField family = TestCatalogs.field("familyMembers", FieldType.NUMBER, false);
        family.decimals = 0;
        family.min = "0";
        family.max = "6";
        return List.of(delivery, address, family);
    }

    private static Violations check(Map<String, Object> in) {
        Violations v = new Violations(Messages.ENGINE);
        FormValidator.validate(goldCard(), in, TODAY, v);
        return v;
    }

    private static String only(Violations v) {
        try {
            v.throwIfAny("TICKET_INVALID");
        } catch (Refusal r) {
            assertEquals(r.fieldErrors().toString(), 1, r.fieldErrors().size());
            return r.fieldErrors().get(0).field + ":" + r.fieldErrors().get(0).code + ":" + r.fieldErrors().get(0).messageZh;
        }
        return "none";
    }

    @Test
    public void aNumberOutsideItsBoundsNamesOnlyTheBoundsTheFormSets() {
        assertEquals("form.familyMembers:OUT_OF_RANGE:须在 0 到 6 之间。", only(check(Map.of("delivery", "window", "familyMembers", 7))));
        FormField capital = TestCatalogs.field("registeredCapital", FieldType.NUMBER, false);
        capital.min = "0";
        Violations v = new Violations(Messages.ENGINE);
        FormValidator.validate(List.of(capital), Map.of("registeredCapital", -5), TODAY, v);
        assertEquals("form.registeredCapital:AT_LEAST:不得小于0。", only(v));
    }

    @Test
    public void aTextWithAnInvisibleOrBrokenCharacterIsRefused() {
        assertEquals("form.mailingAddress:CONTROL_CHARACTER:含有不可见的控制字符，请删除后重新填写。",
                only(check(Map.of("delivery", "mail", "mailingAddress", "海州区\u0000朝阳路"))));
        assertEquals("form.mailingAddress:BROKEN_CHARACTER:含有残缺的字符（如表情符号的一半），请重新输入。",
                only(check(Map.of("delivery", "mail", "mailingAddress", "海州区\uD800朝阳路"))));
        assertEquals("none", only(check(Map.of("delivery", "mail", "mailingAddress", "海州区𠮷朝阳路"))));
    }

    @Test
    public void aValueOutOfPatternIsToldTheFormsHintNotTheExpression() {
        FormField flight = TestCatalogs.field("flightOrTrain", FieldType.TEXT, true);
        flight.pattern = "[A-Z0-9]{2}[0-9]{1,4}";
        Violations v = new Violations(Messages.ENGINE);
        FormValidator.validate(List.of(flight), Map.of("flightOrTrain", "<script>"), TODAY, v);
        assertEquals("form.flightOrTrain:PATTERN:格式不符合要求。", only(v));
        flight.hint = new Text("航班号或车次，如 MU1234、G1234。", "A flight or train number, e.g. MU1234, G1234.");
        v = new Violations(Messages.ENGINE);
        FormValidator.validate(List.of(flight), Map.of("flightOrTrain", "<script>"), TODAY, v);
        assertEquals("form.flightOrTrain:PATTERN_HINT:格式不符合要求：航班号或车次，如 MU1234、G1234。", only(v));
    }

    @Test
    public void aFieldRequiredOnlyWhileAnotherHasAValue() {
        assertEquals("form.mailingAddress:REQUIRED_IF:领取方式为“邮寄”时必填。", only(check(Map.of("delivery", "mail"))));
        assertEquals("none", only(check(Map.of("delivery", "window"))));
        assertEquals("none", only(check(Map.of("delivery", "mail", "mailingAddress", "海州区朝阳路1号"))));
    }

    @Test
    public void wholeNumbersAreWhole() {
        assertTrue(only(check(Map.of("delivery", "window", "familyMembers", 2.5))).startsWith("form.familyMembers:NOT_A_WHOLE_NUMBER"));
        assertEquals("none", only(check(Map.of("delivery", "window", "familyMembers", 2))));
        assertEquals("none", only(check(Map.of("delivery", "window", "familyMembers", "3.0"))));
    }

    /** A choice is taken in any case, as codes are elsewhere, and kept as the definition spells it. */
    @Test
    public void aChoiceInAnyCaseIsTheDefinitionsKey() {
        Violations v = new Violations(Messages.ENGINE);
        FormValidator.Values values = FormValidator.validate(goldCard(), Map.of("delivery", " Window "), TODAY, v);
        assertEquals("none", only(v));
        assertEquals(List.of("window"), values.stored().get("delivery"));
        assertEquals("form.mailingAddress:REQUIRED_IF:领取方式为“邮寄”时必填。", only(check(Map.of("delivery", "MAIL"))));
        // The choices are named as sent, each with its label in the text's language.
        assertEquals("form.delivery:NOT_A_CHOICE:须为以下之一：window（窗口领取）、mail（邮寄）。", only(check(Map.of("delivery", "courier"))));
    }
}
