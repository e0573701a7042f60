package cn.lyg.talent.plugin.schooling.internal;

import static cn.lyg.talent.plugin.schooling.internal.Texts.TEXTS;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.plugin.testing.TextChecks;

/** The plugin's texts: both languages hold the same keys, the code uses no key they lack. */
public class TextsTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/lyg/talent/plugin/schooling");
    /** Helpers taking a code whose text is the key with a prefix: a call's pattern, the prefix. */
    private static final String[][] CODE_CALLS = {
        {"\\brefused\\(\"([A-Z_]+)\"", "refusal."},
    };

    @Test
    public void everyTextIsInBothLanguagesAndEveryKeyUsedInCodeIsThere() throws IOException {
        TextChecks.assertComplete(TEXTS, SOURCES, CODE_CALLS, built(), 25);
    }

    /** The keys built from enum constants: stages and placement categories. */
    private static Set<String> built() {
        Set<String> used = new TreeSet<>();
        for (Stage s : Stage.values()) {
            used.add("stage." + s.name());
        }
        for (Placement p : Placement.values()) {
            used.add("placement." + p.name());
        }
        return used;
    }

    @Test
    public void aTextReadsInBothLanguagesWithItsArgumentsAsGiven() {
        Text t = TEXTS.text("refusal.AGE_NOT_FIT_STAGE", Stage.PRIMARY.name, 6, 12);
        assertEquals("子女年龄与小学阶段不符（当年8月31日须为6至12周岁）。", t.zh);
        assertEquals("The child's age does not fit the stage chosen. Primary school: 6 to 12 years old on 31 August.", t.en);
        Text schools = TEXTS.join("failure.SCHOOL_NOT_LISTED.more", List.of(
                Text.of("甲", "A"), Text.of("乙", "B")));
        assertEquals("甲、乙", schools.zh);
        assertEquals("A, B", schools.en);
        assertEquals("类别 Category", TEXTS.label("command.column.category"));
    }
}
