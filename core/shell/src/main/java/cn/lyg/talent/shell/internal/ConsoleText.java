package cn.lyg.talent.shell.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import cn.lyg.talent.shell.table.ConsoleTable;

/**
 * The console's texts, Chinese first and English second, from resource bundles
 * ({@code console_zh.properties}, {@code console.properties}). Every text is a
 * {@link MessageFormat} pattern, with or without arguments, so an apostrophe is written
 * {@code ''} in both files.
 */
final class ConsoleText {

    private static final String BASE_NAME = "cn.lyg.talent.shell.internal.console";
    private static final ResourceBundle ZH;
    private static final ResourceBundle EN;

    static {
        // No fallback: a Chinese text missing from console_zh must not turn up in English.
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        ClassLoader loader = ConsoleText.class.getClassLoader();
        ZH = ResourceBundle.getBundle(BASE_NAME, Locale.CHINESE, loader, noFallback);
        EN = ResourceBundle.getBundle(BASE_NAME, Locale.ROOT, loader, noFallback);
    }

    private ConsoleText() {
    }

    static String zh(String key, Object... args) {
        return format(ZH, key, args);
    }

    static String en(String key, Object... args) {
        return format(EN, key, args);
    }

    /** A label or short phrase as the console shows it: {@code 编号 Number}. */
    static String label(String key) {
        return zh(key) + " " + en(key);
    }

    /** {@link #label} followed by spaces up to {@code width} terminal columns (at least one), to line values up. */
    static String label(String key, int width) {
        String label = label(key);
        return label + " ".repeat(Math.max(1, width - ConsoleTable.width(label)));
    }

    /** A sentence in both languages: {@code 中文 / English}. */
    static String both(String key, Object... args) {
        return zh(key, args) + " / " + en(key, args);
    }

    /** A command's refusal led by its code, as the platform's refusals are: {@code CODE: 中文 / English}. */
    static String refusal(String code, String key, Object... args) {
        return code + ": " + both(key, args);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must not hide what the command did or why it refused: show the key.
            return key;
        }
        // Every argument as text: a year or a version is 2025, not 2,025.
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }
}
