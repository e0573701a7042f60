package cn.lyg.talent.plugin.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
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
     * is in the bundles, and that no text in the bundles next to the sources has a lone
     * apostrophe; {@code atLeast}: the scan must find more keys than this, so that a scan
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
        Path java = sources;
        while (java != null && !java.endsWith(Path.of("src", "main", "java"))) {
            java = java.getParent();
        }
        Set<String> quoted = loneApostrophes(java == null ? sources : java.resolveSibling("resources"));
        if (!quoted.isEmpty()) {
            throw new AssertionError("a lone apostrophe starts a quotation in a MessageFormat pattern and swallows"
                    + " what follows (write '' instead): " + quoted);
        }
    }

    /** A ' not doubled: MessageFormat would quote the rest of the text, arguments included. */
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    /** The keys (file: key) of the bundles under {@code resources} whose text has a lone apostrophe. */
    static Set<String> loneApostrophes(Path resources) throws IOException {
        Set<String> found = new TreeSet<>();
        if (!Files.isDirectory(resources)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(resources)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("texts")
                    && p.toString().endsWith(".properties")).toList()) {
                Properties texts = new Properties();
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    texts.load(r);
                }
                texts.stringPropertyNames().stream().filter(k -> LONE_APOSTROPHE.matcher(texts.getProperty(k)).find())
                        .forEach(k -> found.add(f.getFileName() + ": " + k));
            }
        }
        return found;
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
