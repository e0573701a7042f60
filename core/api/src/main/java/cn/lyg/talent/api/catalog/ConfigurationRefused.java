package cn.lyg.talent.api.catalog;

/**
 * A plugin's configuration refused, with the reason in both languages. Thrown from a component's
 * constructor or activation, it stops the component, and the county operator reads the reason in
 * {@code catalog:problems} in Chinese and English, with the file to correct, instead of an English
 * stack trace in the log.
 * <p>
 * The runtime keeps only the text of a failure, so the message carries both languages: the
 * configuration's PID, then the Chinese, a {@link #SEPARATOR tab}, and the English.
 *
 * @since 1.5
 */
public class ConfigurationRefused extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** Between the Chinese and the English in the message. */
    public static final char SEPARATOR = '\t';

    private final String pid;
    private final transient Text reason;

    /** {@code reason}: what is wrong and how to put it right, naming the setting, in both languages. */
    public ConfigurationRefused(String pid, Text reason) {
        super(pid + ": " + oneLine(reason.zh) + SEPARATOR + oneLine(reason.en));
        this.pid = pid;
        this.reason = reason;
    }

    /** The configuration's PID: its file is {@code etc/<pid>.cfg}. */
    public String pid() {
        return pid;
    }

    public Text reason() {
        return reason;
    }

    /**
     * The refusal a message of this class stands for, as the runtime reports it after the
     * exception itself is gone (SCR keeps a failure's text only); null when {@code message} is
     * not one.
     */
    public static ConfigurationRefused fromMessage(String message) {
        if (message == null) {
            return null;
        }
        int colon = message.indexOf(": ");
        int tab = message.indexOf(SEPARATOR);
        if (colon <= 0 || tab < colon) {
            return null;
        }
        return new ConfigurationRefused(message.substring(0, colon),
                Text.of(message.substring(colon + 2, tab), message.substring(tab + 1)));
    }

    private static String oneLine(String s) {
        // The runtime reports a failure line by line; a line break or a tab would split the text.
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
