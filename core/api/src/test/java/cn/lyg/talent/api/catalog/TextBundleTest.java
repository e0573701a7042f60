package cn.lyg.talent.api.catalog;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Set;

import org.junit.Test;

public class TextBundleTest {
    private static final TextBundle TEXTS = TextBundle.of(TextBundleTest.class, "cn.lyg.talent.api.catalog.bundletest");

    @Test
    public void aTextReadsInEachLanguageWithItsArgumentsAsText() {
        // A Text argument in the language of the text; a number not grouped.
        Text t = TEXTS.text("greeting", Text.of("王老师", "Ms Wang"), 2026000001);
        assertEquals("尊敬的王老师，卡号2026000001", t.zh);
        assertEquals("Dear Ms Wang, card 2026000001", t.en);
        assertEquals("Employment for talents' spouses", TEXTS.en("name"));
        assertEquals("人才配偶就业 Employment for talents' spouses", TEXTS.label("name"));
        assertEquals("人才配偶就业 / Employment for talents' spouses", TEXTS.both("name"));
        Text joined = TEXTS.join("joined", List.of(Text.of("甲", "A"), Text.of("乙", "B"), Text.of("丙", "C")));
        assertEquals("甲、乙、丙", joined.zh);
        assertEquals("A, B, C", joined.en);
        assertEquals("", TEXTS.join("joined", List.of()).zh);
    }

    @Test
    public void aTextMissingInChineseIsAnErrorNotEnglishOnAChineseScreen() {
        assertEquals(Set.of("only.chinese", "only.english"), TEXTS.inOneLanguageOnly());
        try {
            TEXTS.zh("only.english");
            fail("no Chinese text");
        } catch (IllegalStateException e) {
            assertEquals("No text only.english", e.getMessage());
        }
        assertEquals(Set.of("greeting", "joined", "name", "only.english"), TEXTS.keys());
    }
}
