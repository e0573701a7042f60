package cn.lyg.talent.plugin.housing.internal;

import static cn.lyg.talent.plugin.housing.internal.Texts.TEXTS;
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
    private static final Path SOURCES = Path.of("src/main/java/cn/lyg/talent/plugin/housing");
    /** Helpers taking a code whose text is the key with a prefix: a call's pattern, the prefix. */
    private static final String[][] CODE_CALLS = {
        {"\\brefused\\(\"([A-Z_]+)\"", "refusal."},
        {"\\binvalid\\(\"([A-Z_]+)\"", "failure."},
    };

    @Test
    public void everyTextIsInBothLanguagesAndEveryKeyUsedInCodeIsThere() throws IOException {
        TextChecks.assertComplete(TEXTS, SOURCES, CODE_CALLS, built(), 40);
    }

    /** The keys built from enum constants: the forms of support and what each gives. */
    private static Set<String> built() {
        Set<String> used = new TreeSet<>();
        for (SupportForm f : SupportForm.values()) {
            used.add("supportForm." + f.name());
            used.add("entitlement." + f.name());
        }
        return used;
    }

    @Test
    public void aTextReadsInBothLanguagesWithItsArgumentsAsGiven() {
        Text t = TEXTS.text("entitlement.LIVING_SUBSIDY", 1500, 36);
        // An amount is shown as the terms give it: 1500, not 1,500.
        assertEquals("生活补贴每月1500元，共36个月", t.zh);
        assertEquals("a living subsidy of 1500 yuan a month for 36 months", t.en);
        Text pair = TEXTS.join("exclusive.with",
                List.of(SupportForm.TALENT_APARTMENT.name, SupportForm.LIVING_SUBSIDY.name));
        assertEquals("人才公寓与生活补贴", pair.zh);
        assertEquals("Talent apartment and Living subsidy", pair.en);
        // An apostrophe survives MessageFormat.
        assertEquals("Employment contract or the employer's certificate", TEXTS.en("guide.material.1"));
        assertEquals("12 个月 months", TEXTS.label("command.months", 12));
    }
}
