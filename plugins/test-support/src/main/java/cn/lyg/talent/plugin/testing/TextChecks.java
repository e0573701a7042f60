package cn.lyg.talent.plugin.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.lyg.talent.api.catalog.TextBundle;

/**
 * The text keys a plugin's sources use, for its test that each is in its bundles
 * ({@code cn.lyg.talent.api.catalog.TextBundle}): a text missing there would fail only when a
 * talent or clerk first meets it.
 */
public final class TextChecks {
    /** A string literal shaped like a key: {@code "form.route.label"}. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private TextChecks() {
    }

    /**
     * Fails unless every text of {@code texts} is in both languages and every key the sources use
     * ({@link #used}, with {@code built}: the keys the code builds from codes or enum constants)
     * is in the bundles; {@code atLeast}: the scan must find more keys than this, so that a scan
     * finding nothing cannot pass.
     */
    public static void assertComplete(TextBundle texts, Path sources, String[][] codeCalls, Set<String> built,
            int atLeast) throws IOException {
        if (!texts.inOneLanguageOnly().isEmpty()) {
            throw new AssertionError("texts in one language only: " + texts.inOneLanguageOnly());
        }
        Set<String> used = used(sources, texts.keys(), codeCalls);
        used.addAll(built);
        if (used.size() <= atLeast) {
            throw new AssertionError("too few keys found in the sources: " + used);
        }
        used.removeAll(texts.keys());
        if (!used.isEmpty()) {
            throw new AssertionError("used in code, missing from the bundles: " + used);
        }
    }

    /**
     * Every key-shaped literal in the Java files under {@code sources} whose first segment is one
     * of {@code keys}' (keys are handed on through helpers, so every such literal counts; a
     * two-segment {@code form.<field>} is a field's path, not a key), and for each
     * {@code {pattern, prefix}} of {@code codeCalls}, the prefix and the code the pattern's first
     * group captures (a refusal's code whose text is {@code refusal.<CODE>}).
     */
    public static Set<String> used(Path sources, Set<String> keys, String[][] codeCalls) throws IOException {
        Set<String> groups = new TreeSet<>();
        keys.stream().filter(k -> k.contains(".")).forEach(k -> groups.add(k.substring(0, k.indexOf('.'))));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher m = KEY_LITERAL.matcher(source);
                while (m.find()) {
                    String key = m.group(1);
                    boolean field = key.startsWith("form.") && key.indexOf('.') == key.lastIndexOf('.');
                    if (!field && groups.contains(key.substring(0, key.indexOf('.')))) {
                        used.add(key);
                    }
                }
                for (String[] call : codeCalls) {
                    Matcher c = Pattern.compile(call[0]).matcher(source);
                    while (c.find()) {
                        used.add(call[1] + c.group(1));
                    }
                }
            }
        }
        return used;
    }
}
