package ${package}.internal;

import static ${package}.internal.Texts.TEXTS;
import static org.junit.Assert.assertEquals;

import java.util.Set;

import org.junit.Test;

/** The plugin's texts: both languages hold the same keys and read as written. */
public class TextsTest {

    @Test
    public void bothLanguagesHaveTheSameKeys() {
        assertEquals(Set.of(), TEXTS.inOneLanguageOnly());
    }

    @Test
    public void aTextReadsInBothLanguagesWithItsArgumentsAsGiven() {
        cn.lyg.talent.api.catalog.Text t = TEXTS.text("refusal.CLASS_TOO_LOW", cn.lyg.talent.api.registry.TalentClass.B);
        assertEquals("本事项仅限 B 类及以上人才申请。", t.zh);
        assertEquals("This service is for talents of class B or above.", t.en);
        assertEquals(TEXTS.keys().size(), TEXTS.keys().stream().filter(k -> !TEXTS.zh(k).isEmpty()).count());
    }
}
