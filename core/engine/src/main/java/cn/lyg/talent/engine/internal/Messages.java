package cn.lyg.talent.engine.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;

/**
 * Chinese and English texts of the engine's refusals, from resource bundles
 * ({@code messages_zh.properties}, {@code messages.properties}). Keys are {@code refusal.CODE}
 * and {@code field.CODE}; the code itself is what clients rely on.
 */
public final class Messages {

    public static final Messages ENGINE = new Messages("cn.lyg.talent.engine.internal.messages",
            Messages.class.getClassLoader());

    private final ResourceBundle zh;
    private final ResourceBundle en;

    public Messages(String baseName, ClassLoader loader) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        this.zh = ResourceBundle.getBundle(baseName, Locale.CHINESE, loader, noFallback);
        this.en = ResourceBundle.getBundle(baseName, Locale.ROOT, loader, noFallback);
    }

    public String zh(String key, Object... args) {
        return format(zh, key, args);
    }

    public String en(String key, Object... args) {
        return format(en, key, args);
    }

    public FieldError field(String field, String code, Object... args) {
        return new FieldError(field, code, zh("field." + code, args), en("field." + code, args));
    }

    public Refusal refusal(Refusal.Kind kind, String code, List<FieldError> fieldErrors, Object... args) {
        return new Refusal(kind, code, zh("refusal." + code, args), en("refusal." + code, args), fieldErrors);
    }

    public Refusal refusal(Refusal.Kind kind, String code, Object... args) {
        return refusal(kind, code, List.of(), args);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must not hide the refusal itself: fall back to the key.
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
