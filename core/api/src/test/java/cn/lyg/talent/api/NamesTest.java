package cn.lyg.talent.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;

import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.window.TicketState;

public class NamesTest {

    @Test
    public void everyConstantOfEveryApiEnumHasAChineseAndAnEnglishName() throws Exception {
        List<Class<?>> enums = apiEnums();
        assertTrue("the scan finds the API's enums: " + enums, enums.size() >= 20);
        List<String> missing = new ArrayList<>();
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                Enum<?> code = (Enum<?>) constant;
                if (!Names.has(code) || !hasHan(Names.zh(code)) || hasHan(Names.en(code))) {
                    missing.add(type.getSimpleName() + "." + code.name());
                }
            }
        }
        assertEquals("constants without a Chinese and an English name", List.of(), missing);
    }

    @Test
    public void allNamesEveryCodeByKindForClientsThatShowThem() {
        assertEquals("已交办", Names.all().get("TicketState").get("DISPATCHED").zh);
        assertEquals("on time with a delay", Names.all().get("StepStatus").get("ON_TIME_WITH_DELAY").en);
        assertEquals(TicketState.values().length, Names.all().get("TicketState").size());
    }

    @Test
    public void bothShowsChineseFirstThenEnglish() {
        assertEquals("已交办", Names.zh(TicketState.DISPATCHED));
        assertEquals("dispatched", Names.en(TicketState.DISPATCHED));
        assertEquals("非常不满意 very dissatisfied", Names.both(RatingLevel.VERY_DISSATISFIED));
    }

    @Test
    public void aConstantWithoutANameIsShownAsItsCode() {
        assertFalse(Names.has(Thread.State.BLOCKED));
        assertEquals("BLOCKED", Names.both(Thread.State.BLOCKED));
        assertEquals("", Names.zh(null));
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The public enums compiled from this module's sources, found in its class folder. */
    private static List<Class<?>> apiEnums() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Names.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains("$") || name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name);
                if (c.isEnum() && Modifier.isPublic(c.getModifiers())) {
                    found.add(c);
                }
            }
        }
        return found;
    }
}
