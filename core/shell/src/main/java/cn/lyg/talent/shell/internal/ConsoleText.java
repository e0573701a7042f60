package cn.lyg.talent.shell.internal;

import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.catalog.TextBundle;
import cn.lyg.talent.shell.table.ConsoleTable;

/**
 * The console's texts, Chinese first and English second, from resource bundles
 * ({@code console_zh.properties}, {@code console.properties}) read through the API's
 * {@link TextBundle}; what the console adds is the padding of labels and the form of a refusal.
 */
final class ConsoleText {

    static final TextBundle TEXTS = TextBundle.of(ConsoleText.class, "cn.lyg.talent.shell.internal.console");

    private ConsoleText() {
    }

    static String zh(String key, Object... args) {
        return TEXTS.zh(key, args);
    }

    static String en(String key, Object... args) {
        return TEXTS.en(key, args);
    }

    /** A label or short phrase as the console shows it: {@code 编号 Number}. */
    static String label(String key) {
        return TEXTS.label(key);
    }

    /** {@link #label} followed by spaces up to {@code width} terminal columns (at least one), to line values up. */
    static String label(String key, int width) {
        String label = label(key);
        return label + " ".repeat(Math.max(1, width - ConsoleTable.width(label)));
    }

    /** A sentence in both languages: {@code 中文 / English}. */
    static String both(String key, Object... args) {
        return TEXTS.both(key, args);
    }

    /**
     * A text the platform keeps in both languages (a service's name, a form's label or choice):
     * {@code 中文 / English}, or once where both are the same (a value typed in as written).
     */
    static String both(Text text) {
        if (text == null) {
            return "";
        }
        return text.en == null || text.en.isBlank() || text.en.equals(text.zh) ? text.zh : text.zh + " / " + text.en;
    }

    /** A command's refusal led by its code, as the platform's refusals are: {@code CODE: 中文 / English}. */
    static String refusal(String code, String key, Object... args) {
        return code + ": " + both(key, args);
    }
}
