package cn.lyg.talent.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Test;

import cn.lyg.talent.api.catalog.Text;

public class ConsoleTextTest {
    private static final Path SOURCES = Path.of("src/main/java/cn/lyg/talent/shell");
    /** A string literal shaped like a key: {@code "ticket.show.number"}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z_]+)+)\"");

    @Test
    public void aKeptTextShowsBothLanguagesOrOnceWhereTheyAreTheSame() {
        assertEquals("涉税事项 / Tax matter", ConsoleText.both(Text.of("涉税事项", "Tax matter")));
        // A value typed in is kept as written, the same in both.
        assertEquals("2018", ConsoleText.both(Text.of("2018", "2018")));
        assertEquals("张三", ConsoleText.both(Text.of("张三", null)));
        assertEquals("", ConsoleText.both((Text) null));
    }

    @Test
    public void bothBundlesHaveTheSameKeys() {
        assertEquals(Set.of(), ConsoleText.TEXTS.inOneLanguageOnly());
    }

    /**
     * Every key-shaped literal of the commands whose first segment is one of the bundles' is a
     * key (keys are passed on through helpers and ternaries, so every literal counts, not only
     * those written in a ConsoleText call); the keys built from a day of the week are added.
     */
    @Test
    public void everyKeyUsedInCodeIsInTheBundles() throws IOException {
        Set<String> bundle = ConsoleText.TEXTS.keys();
        Set<String> groups = bundle.stream().map(k -> k.substring(0, k.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (groups.contains(key.substring(0, key.indexOf('.')))) {
                        used.add(key);
                    }
                }
            }
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            used.add("calendar.weekday." + d.name());
            used.add("calendar.grid." + d.name());
        }
        assertTrue("too few keys found in the sources: " + used, used.size() > 100);
        used.removeAll(bundle);
        assertEquals("used in code, missing from the bundles", Set.of(), used);
    }

    @Test
    public void aTextReadsInBothLanguagesWithItsArgumentsAsGiven() {
        assertEquals("选项 --limit 的值 1234567 超出范围", ConsoleText.zh("error.INVALID_NUMBER.outOfRange", "--limit", 1234567));
        assertEquals("Option --limit: 1234567 is out of range",
                ConsoleText.en("error.INVALID_NUMBER.outOfRange", "--limit", 1234567));
        assertEquals("INVALID_NUMBER: 选项 --offset 的值 x 应为整数 / Option --offset: x is not a whole number",
                ConsoleText.refusal("INVALID_NUMBER", "error.INVALID_NUMBER.notWhole", "--offset", "x"));
        // A year is no amount: 2025, not 2,025.
        assertEquals("2025年10月", ConsoleText.zh("calendar.show.month", 2025, 10, "October"));
        assertEquals("October 2025", ConsoleText.en("calendar.show.month", 2025, 10, "October"));
        // An apostrophe survives MessageFormat.
        assertTrue(ConsoleText.en("catalog.problems.error.forbidden").endsWith("the catalog's problems"));
    }

    @Test
    public void aLabelIsChineseThenEnglishAndPadsToTerminalColumns() {
        assertEquals("编号 Number", ConsoleText.label("ticket.show.number"));
        assertEquals("提供者 Provider  ", ConsoleText.label("ticket.show.provider", 17));
        assertEquals("周一 Mon", ConsoleText.label("calendar.weekday.MONDAY"));
    }

}
