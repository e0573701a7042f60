package cn.lyg.talent.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.lyg.talent.api.catalog.Text;

/**
 * The names people read for the platform's codes — a ticket's state, a step, a rating level, a
 * kind of document — in Chinese and in English. Clients that show a code to a talent or a
 * clerk (the console, a plugin's page, a refusal's text) take its name from here, so a state
 * reads 已交办 everywhere and a new constant is named in one place.
 * <p>
 * The texts are {@code names_zh.properties} and {@code names.properties} beside this class,
 * keyed {@code EnumSimpleName.CONSTANT}. A constant without a text is shown as its code.
 */
public final class Names {
    private static final Properties ZH = load("names_zh.properties");
    private static final Properties EN = load("names.properties");

    private Names() {
    }

    /** The Chinese name of a code, e.g. 已交办 for {@code TicketState.DISPATCHED}. */
    public static String zh(Enum<?> code) {
        return name(ZH, code);
    }

    /** The English name of a code, e.g. "dispatched" for {@code TicketState.DISPATCHED}. */
    public static String en(Enum<?> code) {
        return name(EN, code);
    }

    /** Chinese first, English second, as one line shows both: {@code 已交办 dispatched}. */
    public static String both(Enum<?> code) {
        String zh = zh(code);
        String en = en(code);
        return zh.equals(en) ? zh : zh + " " + en;
    }

    /**
     * The codes to choose from, each with its Chinese name, as a Chinese sentence lists them:
     * {@code MALE（男）、FEMALE（女）}; a code without a name here stands alone.
     *
     * @since 1.3
     */
    public static String choicesZh(Enum<?>... codes) {
        return Arrays.stream(codes).map(c -> has(c) ? c.name() + "（" + zh(c) + "）" : c.name())
                .collect(Collectors.joining("、"));
    }

    /**
     * The same for an English sentence: {@code MALE (male), FEMALE (female)}.
     *
     * @since 1.3
     */
    public static String choicesEn(Enum<?>... codes) {
        return Arrays.stream(codes).map(c -> has(c) ? c.name() + " (" + en(c) + ")" : c.name())
                .collect(Collectors.joining(", "));
    }

    /** Whether this code has its names here (constants of other bundles' enums do not). */
    public static boolean has(Enum<?> code) {
        return code != null && ZH.containsKey(key(code)) && EN.containsKey(key(code));
    }

    /**
     * Every named code, by kind ({@code TicketState}) and code ({@code DISPATCHED}), each with
     * its Chinese and English name: for a client (a talent's phone app) that shows codes it
     * receives, such as a ticket's state or a step's status, in the reader's language.
     *
     * @since 1.2
     */
    public static SortedMap<String, SortedMap<String, Text>> all() {
        SortedMap<String, SortedMap<String, Text>> all = new TreeMap<>();
        for (String key : EN.stringPropertyNames()) {
            int dot = key.indexOf('.');
            all.computeIfAbsent(key.substring(0, dot), k -> new TreeMap<>())
                    .put(key.substring(dot + 1), Text.of(ZH.getProperty(key, key.substring(dot + 1)), EN.getProperty(key)));
        }
        return all;
    }

    private static String name(Properties texts, Enum<?> code) {
        if (code == null) {
            return "";
        }
        return texts.getProperty(key(code), code.name());
    }

    private static String key(Enum<?> code) {
        return code.getDeclaringClass().getSimpleName() + "." + code.name();
    }

    private static Properties load(String resource) {
        // Read as UTF-8 directly: a ResourceBundle with an explicit loader is refused inside a
        // named module, and this bundle is also used on the module path.
        Properties p = new Properties();
        try (InputStream in = Names.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
