package cn.lyg.talent.plugin.medical.internal;

import static cn.lyg.talent.plugin.medical.internal.Texts.TEXTS;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.plugin.testing.TextChecks;

/** The plugin's texts: both languages hold the same keys, the code uses no key they lack. */
public class TextsTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/lyg/talent/plugin/medical");
    /** Helpers taking a code whose text is the key with a prefix: a call's pattern, the prefix. */
    private static final String[][] CODE_CALLS = {
        {"\\brefused\\(\"([A-Z_]+)\"", "refusal."},
        {"\\brefusal\\(\"([A-Z_]+)\"", "failure."},
    };

    @Test
    public void everyTextIsInBothLanguagesAndEveryKeyUsedInCodeIsThere() throws IOException {
        TextChecks.assertComplete(TEXTS, SOURCES, CODE_CALLS, built(), 40);
    }

    /** The keys built from enum constants: the matters. */
    private static Set<String> built() {
        Set<String> used = new TreeSet<>();
        for (Matter m : Matter.values()) {
            used.add("matter." + m.name());
        }
        return used;
    }

    @Test
    public void aTextReadsInBothLanguagesWithItsArgumentsAsGiven() {
        Text t = TEXTS.text("form.session.choice", Text.of("春季疗休养", "Spring"),
                LocalDate.of(2027, 4, 12), LocalDate.of(2027, 4, 16), 1200);
        // A number is no amount: 1200, not 1,200.
        assertEquals("春季疗休养（2027-04-12至2027-04-16，1200人）", t.zh);
        assertEquals("Spring (2027-04-12 to 2027-04-16, 1200 places)", t.en);
        assertEquals("2027年度已预约免费健康体检，每人每年一次。", TEXTS.zh("refusal.EXAM_ALREADY_BOOKED", 2027));
        // An apostrophe survives MessageFormat.
        assertEquals("Give the liaison officer's account.", TEXTS.en("failure.VALUE_REQUIRED", TEXTS.text("value.officer")));
        assertEquals("名额 Places", TEXTS.label("command.column.places"));
    }
}
