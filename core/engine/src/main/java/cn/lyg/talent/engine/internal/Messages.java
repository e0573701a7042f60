package cn.lyg.talent.engine.internal;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Text;

/**
 * Chinese and English texts of the engine's refusals, from resource bundles
 * ({@code messages_zh.properties}, {@code messages.properties}). Keys are {@code refusal.CODE}
 * and {@code field.CODE}; the code itself is what clients rely on.
 * <p>
 * Arguments are shown in each text's language: an enum constant by its {@code enum.Type.NAME}
 * text where the bundle has one, else by its {@link Names} (事项处于已受理状态, not ACCEPTED), a {@link Named} by its
 * Chinese or English name, a collection as its elements so shown, joined (一站式窗口、人才办 /
 * window clerk, talent office).
 */
public final class Messages {

    /** A name in both languages (a unit, a service), as a message argument. */
    public record Named(String zh, String en) {
    }

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
        return format(zh, true, key, args);
    }

    public String en(String key, Object... args) {
        return format(en, false, key, args);
    }

    /** The text of {@code key} in both languages. */
    public Text text(String key, Object... args) {
        return Text.of(zh(key, args), en(key, args));
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

    private static String format(ResourceBundle bundle, boolean chinese, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A missing text must not hide the refusal itself: fall back to the key.
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = shown(bundle, chinese, args[i]);
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    private static Object shown(ResourceBundle bundle, boolean chinese, Object arg) {
        if (arg instanceof Collection<?> c) {
            return c.stream().map(x -> String.valueOf(shown(bundle, chinese, x)))
                    .collect(Collectors.joining(chinese ? "、" : ", "));
        }
        if (arg instanceof Named n) {
            return chinese ? n.zh() : n.en();
        }
        if (arg instanceof Enum<?> e) {
            // The engine's own enums are named in its bundle; the API's codes by Names.
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
            return chinese ? Names.zh(e) : Names.en(e);
        }
        // Counts and limits are numbers, not amounts: 4000, not 4,000.
        if (arg instanceof Integer || arg instanceof Long) {
            return arg.toString();
        }
        return arg;
    }
}
