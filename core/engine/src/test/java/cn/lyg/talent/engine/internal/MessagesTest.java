package cn.lyg.talent.engine.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.registry.ResidentIdNumber;

/**
 * The engine's refusals reach a talent or clerk in both languages: a code without its text would
 * show its key ({@link Messages} does not let a missing text hide the refusal), so the texts are
 * checked here rather than found on a screen.
 */
public class MessagesTest {
    private static final String BUNDLE = "/cn/lyg/talent/engine/internal/messages";

    /** A refusal's code given as a literal: {@code refusal(Refusal.Kind.CONFLICT, "STALE_VERSION"}. */
    private static final Pattern REFUSAL = Pattern.compile("refusal\\(\\s*(?:Refusal\\.)?Kind\\.\\w+,\\s*\"([A-Z0-9_]+)\"");
    /** A field error's code: {@code v.add("unit", "UNIT_BLANK"} or {@code field("version", "VERSION_REQUIRED"}. */
    private static final Pattern FIELD = Pattern.compile("\\b(?:add|field)\\(\\s*[^;\"]*?(?:\"[^\"]*\")?[^;\"]*?,\\s*\"([A-Z0-9_]+)\"");
    /** A text named by its whole key: {@code M.zh("text.WINDOW_PARTY")}. */
    private static final Pattern KEY = Pattern.compile("\"((?:refusal|field|text|enum)\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

    @Test
    public void everyTextIsInBothLanguagesWithTheSameArguments() throws IOException {
        Properties zh = load("_zh.properties");
        Properties en = load(".properties");
        assertEquals(en.stringPropertyNames(), zh.stringPropertyNames());
        for (String key : en.stringPropertyNames()) {
            // A Chinese text that leaves out a value the English shows (or the reverse) tells one
            // reader less than the other.
            assertEquals(key, arguments(en.getProperty(key)), arguments(zh.getProperty(key)));
        }
    }

    /**
     * A key written twice keeps only its last text, silently: "At most 20 values." was shown for a
     * talent's children because the values' text of the same key came later in the file.
     */
    @Test
    public void noKeyIsWrittenTwice() throws IOException {
        for (String suffix : List.of(".properties", "_zh.properties")) {
            Set<String> twice = new TreeSet<>();
            Properties keys = new Properties() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized Object put(Object key, Object value) {
                    Object before = super.put(key, value);
                    if (before != null) {
                        twice.add((String) key);
                    }
                    return before;
                }
            };
            try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE + suffix)) {
                keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertTrue(suffix, keys.size() > 100);
            assertEquals("keys written twice in messages" + suffix, Set.of(), twice);
        }
    }

    @Test
    public void everyCodeTheEngineRefusesWithHasItsText() throws IOException {
        Properties en = load(".properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                collect(REFUSAL.matcher(source), "refusal.", used);
                collect(FIELD.matcher(source), "field.", used);
                collect(KEY.matcher(source), "", used);
            }
        }
        // Built from a code: an identity number's defect (TalentValidator).
        used.remove("field.ID_");
        for (ResidentIdNumber.Defect d : ResidentIdNumber.Defect.values()) {
            used.add("field.ID_" + d.name());
        }
        // The scan must find the engine's refusals, or it proves nothing.
        assertTrue(used.toString(), used.size() > 80);
        assertTrue(used.contains("refusal.STALE_VERSION") && used.contains("field.UNIT_BLANK"));
        used.removeIf(k -> k.startsWith("enum.") && k.chars().filter(c -> c == '.').count() < 2);
        used.removeAll(en.stringPropertyNames());
        assertEquals("codes refused with but without a text", Set.of(), used);
    }

    @Test
    public void aMissingTextShowsItsKeyRatherThanHidingTheRefusal() {
        Refusal r = Messages.ENGINE.refusal(Refusal.Kind.INVALID, "NO_SUCH_CODE");
        assertEquals("NO_SUCH_CODE", r.code());
        assertEquals("refusal.NO_SUCH_CODE", r.messageEn());
    }

    @Test
    public void argumentsAreShownInTheTextsLanguage() {
        Refusal r = Messages.ENGINE.refusal(Refusal.Kind.FORBIDDEN, "ROLE_REQUIRED", List.of(Role.WINDOW,
                Role.SUPERVISOR));
        assertTrue(r.messageZh(), r.messageZh().contains("、"));
        assertTrue(r.messageEn(), r.messageEn().endsWith("window clerk, talent office."));
    }

    private static void collect(Matcher m, String prefix, Set<String> into) {
        while (m.find()) {
            into.add(prefix + m.group(1));
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(String suffix) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(BUNDLE + suffix)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
