package cn.lyg.talent.api.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * A plugin's texts in both languages, from two resource bundles beside its classes: {@code
 * <name>_zh.properties} (Chinese, which people see first) and {@code <name>.properties}
 * (English, the root bundle), read as UTF-8 from the plugin's own bundle, each on its own (no
 * falling back from one language to the other).
 * <p>
 * Every text is a {@link MessageFormat} pattern, so an apostrophe is written {@code ''} in both
 * files. Arguments are shown as text: a number is not grouped (2025, not 2,025), and a
 * {@link Text} argument is shown in the language of the text it goes into. A key missing from a
 * bundle is a programming error ({@link IllegalStateException}); {@link #inOneLanguageOnly()}
 * lets a plugin's test find a text translated on one side only.
 *
 * @since 1.3
 */
public final class TextBundle {
    private final Properties zh;
    private final Properties en;

    private TextBundle(Properties zh, Properties en) {
        this.zh = zh;
        this.en = en;
    }

    /**
     * The bundles {@code baseName} ({@code cn.example.internal.texts}) of the bundle that holds
     * {@code owner}. One file per language and nothing else: a text missing in Chinese is an
     * error, not English on a Chinese screen.
     */
    public static TextBundle of(Class<?> owner, String baseName) {
        String path = "/" + baseName.replace('.', '/');
        return new TextBundle(load(owner, path + "_zh.properties"), load(owner, path + ".properties"));
    }

    private static Properties load(Class<?> owner, String path) {
        Properties p = new Properties();
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No texts " + path);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A text in both languages. */
    public Text text(String key, Object... args) {
        return Text.of(zh(key, args), en(key, args));
    }

    public String zh(String key, Object... args) {
        return format(zh, true, key, args);
    }

    public String en(String key, Object... args) {
        return format(en, false, key, args);
    }

    /** A column header or a short phrase as a console shows it: {@code 决定 Decision}. */
    public String label(String key, Object... args) {
        return zh(key, args) + " " + en(key, args);
    }

    /** A sentence in both languages, as a console refusal reads: {@code 中文 / English}. */
    public String both(String key, Object... args) {
        return zh(key, args) + " / " + en(key, args);
    }

    /**
     * Several texts run together with the pattern {@code key} ({@code {0}} so far, {@code {1}}
     * the next), in each language; none gives an empty text.
     */
    public Text join(String key, List<Text> items) {
        String z = null;
        String e = null;
        for (Text item : items) {
            z = z == null ? item.zh : zh(key, z, item.zh);
            e = e == null ? item.en : en(key, e, item.en);
        }
        return z == null ? Text.of("", "") : Text.of(z, e);
    }

    /** The keys of the English (root) bundle. */
    public Set<String> keys() {
        return new TreeSet<>(en.stringPropertyNames());
    }

    /** The keys one language has and the other lacks: empty when every text is in both. */
    public Set<String> inOneLanguageOnly() {
        Set<String> only = new TreeSet<>(zh.stringPropertyNames());
        only.addAll(en.stringPropertyNames());
        Set<String> both = new TreeSet<>(zh.stringPropertyNames());
        both.retainAll(en.stringPropertyNames());
        only.removeAll(both);
        return only;
    }

    private static String format(Properties bundle, boolean chinese, String key, Object... args) {
        String pattern = bundle.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No text " + key);
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Text t ? (chinese ? t.zh : t.en) : String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(shown);
    }
}
