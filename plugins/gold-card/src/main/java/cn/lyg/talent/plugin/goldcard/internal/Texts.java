package cn.lyg.talent.plugin.goldcard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Text;

/** The plugin's texts in Chinese and English, from {@code texts.properties} beside this class. */
final class Texts {
    private static final Properties TEXTS = load();

    private Texts() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("texts.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Arguments are shown as given: pass numbers and dates as strings (no digit grouping). */
    static Text text(String key, Object... args) {
        return Text.of(format(key + ".zh", args), format(key + ".en", args));
    }

    private static String format(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("No text " + key);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** A refusal whose code is also its text's key, about one field when {@code field} is not null. */
    static Refusal refusal(Refusal.Kind kind, String code, String field, Object... args) {
        Text t = text(code, args);
        return new Refusal(kind, code, t.zh, t.en, field == null ? List.of() : List.of(new FieldError(field, code, t.zh, t.en)));
    }
}
