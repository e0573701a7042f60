package cn.lyg.talent.plugin.spouse.internal;

import static cn.lyg.talent.plugin.spouse.internal.Texts.TEXTS;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.plugin.testing.TextChecks;

/** The plugin's texts: both languages hold the same keys, the code uses no key they lack. */
public class TextsTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/lyg/talent/plugin/spouse");
    /** Helpers taking a code whose text is the key with a prefix: a call's pattern, the prefix. */
    private static final String[][] CODE_CALLS = {
        {"\\brefused\\(\"([A-Z_]+)\"", "refusal."},
        {"\\binvalid\\(\"([A-Z_]+)\"", "failure."},
    };

    @Test
    public void everyTextIsInBothLanguagesAndEveryKeyUsedInCodeIsThere() throws IOException {
        TextChecks.assertComplete(TEXTS, SOURCES, CODE_CALLS, built(), 40);
    }

    /** The keys built from enum constants: routes, receiving kinds, the final states of a ticket. */
    private static Set<String> built() {
        Set<String> used = new TreeSet<>();
        for (Route r : Route.values()) {
            used.add("route." + r.name());
        }
        for (ReceivingKind k : ReceivingKind.values()) {
            used.add("receivingKind." + k.name());
        }
        for (String state : new String[] {"RESOLVED", "CLOSED", "REJECTED", "WITHDRAWN"}) {
            used.add("command.ticketState." + state);
        }
        return used;
    }

    @Test
    public void aTextReadsInBothLanguagesWithItsArgumentsAsGiven() {
        Text t = TEXTS.text("outcome.recommended", "连云港市第一人民医院", ReceivingKind.PUBLIC_INSTITUTION.name);
        assertEquals("配偶经对口推荐到连云港市第一人民医院（事业单位）。", t.zh);
        assertEquals("The spouse was recommended to 连云港市第一人民医院 (Public institution).", t.en);
        // A number is no amount: 1000, not 1,000.
        assertEquals("接收单位最多200字、意见最多1000字 / At most 200 characters for the unit, 1000 for the comment",
                TEXTS.both("refusal.TOO_LONG", 200, 1000));
        // An apostrophe survives MessageFormat.
        assertEquals("Employment for high-level talents' spouses", TEXTS.en("definition.name"));
        assertEquals("决定 Decision", TEXTS.label("command.column.decision"));
    }
}
