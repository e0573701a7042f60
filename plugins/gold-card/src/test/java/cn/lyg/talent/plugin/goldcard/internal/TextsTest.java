package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.plugin.testing.TextChecks;

/** The plugin's texts: both languages hold the same keys, the code uses no key they lack. */
public class TextsTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/lyg/talent/plugin/goldcard");
    /**
     * Calls taking a text's key as it is (the refusals' texts are keyed by their codes): a call's
     * pattern, the prefix (none).
     */
    private static final String[][] CODE_CALLS = {
        {"Texts\\.refusal\\(Refusal\\.Kind\\.[A-Z_]+, \"([A-Z_]+)\"", ""},
        {"TEXTS\\.text\\(\"([A-Za-z_]+)\"", ""},
        {"\\brefused\\(\"([A-Z_]+)\"", ""},
        {"\\brequire\\(actor, (?:true|false), \"([A-Z_]+)\"", ""},
    };

    @Test
    public void everyTextIsInBothLanguagesAndEveryKeyUsedInCodeIsThere() throws IOException {
        TextChecks.assertComplete(TEXTS, SOURCES, CODE_CALLS, built(), 40);
    }

    /** The keys built from a card's status. */
    private static Set<String> built() {
        Set<String> used = new TreeSet<>();
        for (GoldCardRegister.Status s : GoldCardRegister.Status.values()) {
            used.add("status." + s.name());
        }
        return used;
    }

    @Test
    public void aTextReadsInBothLanguagesWithItsArgumentsAsGiven() {
        Text t = TEXTS.text("issued", "LYG2026001", "2031-11-25");
        assertEquals("已制发连云港市高层次人才服务金卡 LYG2026001，有效期至 2031-11-25。", t.zh);
        assertEquals("Gold card LYG2026001 issued, valid until 2031-11-25.", t.en);
        // Chinese and English may take their arguments apart: the unit's name in each language.
        Text issuer = TEXTS.text("ISSUER_ONLY", "市人社局", "HRSS");
        assertTrue(issuer.zh.startsWith("金卡由市人社局制发"));
        assertTrue(issuer.en.startsWith("Gold cards are issued by the HRSS"));
        // A number is no amount: 1200, not 1,200.
        assertEquals("备注不超过 1200 字 / The note is at most 1200 characters", TEXTS.both("command.record.noteTooLong", 1200));
        assertEquals("有效期至 Valid until", TEXTS.label("command.show.validUntil"));
    }
}
