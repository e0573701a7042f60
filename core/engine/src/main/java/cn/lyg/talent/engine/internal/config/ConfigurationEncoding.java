package cn.lyg.talent.engine.internal.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Dictionary;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationPlugin;
import org.osgi.service.component.annotations.Component;

/**
 * Chinese typed into the platform's {@code etc/*.cfg} files reads as written. Karaf reads those
 * files as ISO-8859-1 (the Java properties format), so a hospital saved by an editor as UTF-8,
 * 连云港市第一人民医院, arrived as è¿äº..., and {@code config:property-set} on the same file then
 * wrote that garbling back as escapes. Before a configuration of a {@code cn.lyg.talent.*} PID
 * reaches its component, every text that is exactly UTF-8 read as ISO-8859-1 is decoded as UTF-8;
 * anything else (ASCII, {@code \\u} escapes, a real "Café") is left as it is.
 * {@link ConfigurationRedelivery} hands over again what a component received before.
 */
@Component(service = ConfigurationPlugin.class, property = ConfigurationPlugin.CM_RANKING + ":Integer=100")
public class ConfigurationEncoding implements ConfigurationPlugin {
    private static final String OURS = "cn.lyg.talent.";

    /** Whether a text of {@code properties} is UTF-8 read as ISO-8859-1. */
    static boolean misread(Dictionary<String, Object> properties) {
        for (String key : Collections.list(properties.keys())) {
            Object value = properties.get(key);
            if (asWritten(value) != value) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void modifyConfiguration(ServiceReference<?> reference, Dictionary<String, Object> properties) {
        Object pid = properties.get(Constants.SERVICE_PID);
        if (!(pid instanceof String p) || !p.startsWith(OURS)) {
            return;
        }
        for (String key : Collections.list(properties.keys())) {
            Object value = properties.get(key);
            Object read = asWritten(value);
            if (read != value) {
                properties.put(key, read);
            }
        }
    }

    /** A text or texts as written, the same object when nothing was misread; any other value as it is. */
    private static Object asWritten(Object value) {
        if (value instanceof String s) {
            String read = asWritten(s);
            return read.equals(s) ? s : read;
        }
        if (value instanceof String[] values) {
            String[] read = values.clone();
            boolean changed = false;
            for (int i = 0; i < read.length; i++) {
                read[i] = read[i] == null ? null : asWritten(read[i]);
                changed |= read[i] != null && !read[i].equals(values[i]);
            }
            return changed ? read : values;
        }
        return value;
    }

    /** {@code text} as its writer meant it: decoded as UTF-8 when it is UTF-8 read as ISO-8859-1. */
    public static String asWritten(String text) {
        boolean beyondAscii = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                // Already real Unicode (typed as \\u escapes or set through the console).
                return text;
            }
            beyondAscii |= c >= 0x80;
        }
        if (!beyondAscii) {
            return text;
        }
        String read = utf8(text.getBytes(StandardCharsets.ISO_8859_1));
        return read == null ? text : read;
    }

    /** {@code bytes} read as UTF-8, or null when they are not UTF-8. */
    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
