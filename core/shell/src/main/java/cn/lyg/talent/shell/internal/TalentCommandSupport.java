package cn.lyg.talent.shell.internal;

import java.security.AccessController;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/**
 * Base of the platform's commands: acts as the console user (roles from the JAAS login of the
 * shell session) and prints a refusal as one clear line (and one per bad field) instead of a stack trace.
 */
public abstract class TalentCommandSupport implements Action {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    protected Actors actors;

    @Reference
    protected InstanceSettings settings;

    /** A time as every command prints it: in the instance's zone, to the minute. */
    protected String time(Instant i) {
        return i == null ? "-" : SHOWN.format(i.atZone(settings.zone()));
    }

    @Override
    public final Object execute() throws Exception {
        try {
            return run();
        } catch (Refusal r) {
            // Karaf prints a CommandException as the error line without a stack trace or log noise.
            StringBuilder msg = new StringBuilder(r.code()).append(": ").append(r.messageZh()).append(" / ")
                    .append(r.messageEn());
            for (FieldError f : r.fieldErrors()) {
                // A refusal of the whole request names no field: its reason stands alone.
                msg.append(System.lineSeparator()).append("  ").append(f.field == null || f.field.isEmpty() ? "" : asTyped(f.field) + ": ")
                        .append(f.messageZh)
                        .append(" / ").append(f.messageEn);
            }
            throw new CommandException(msg.toString());
        }
    }

    protected abstract Object run() throws Exception;

    /**
     * The command's own field (its Java name) that sets a request's field the engine names, where
     * the names differ ({@code document.number} is typed as {@code --id}); null where they match.
     */
    protected String optionFieldOf(String requestField) {
        return null;
    }

    /**
     * An option's value among an enum's codes, in any case (as REST queries take them); else an
     * error naming the option and the codes in both languages, instead of Karaf's message
     * naming a Java type.
     */
    static <E extends Enum<E>> E choice(String option, String value, Class<E> type)
            throws CommandException {
        return choice(option, value, type.getEnumConstants());
    }

    /**
     * The same among some of an enum's codes only (a delay is filed for first contact or
     * completion, not for every step): the error lists those the command takes.
     */
    @SafeVarargs
    static <E extends Enum<E>> E choice(String option, String value, E... offered) throws CommandException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip().toUpperCase(Locale.ROOT);
        for (E c : offered) {
            if (c.name().equals(typed)) {
                return c;
            }
        }
        // The codes to type, each with its name in the sentence's language.
        throw new CommandException("INVALID_CHOICE: "
                + ConsoleText.zh("error.INVALID_CHOICE", option, value, Names.choicesZh(offered)) + " / "
                + ConsoleText.en("error.INVALID_CHOICE", option, value, Names.choicesEn(offered)));
    }

    /**
     * A refused field as the operator typed it: the option that sets it ({@code -s/--stage},
     * {@code -V/--value jobsRecommended=…}, {@code <ticket>}), else its name in the request. The
     * engine names fields as REST does; the console user fixes an option.
     */
    String asTyped(String field) {
        int dot = field.indexOf('.');
        String head = dot < 0 ? field : field.substring(0, dot);
        String rest = dot < 0 ? null : field.substring(dot + 1);
        String own = optionFieldOf(field);
        if (own != null) {
            head = own;
            rest = null;
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (Class<?> c = getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (java.lang.reflect.Field x : c.getDeclaredFields()) {
                    Option o = x.getAnnotation(Option.class);
                    Argument a = x.getAnnotation(Argument.class);
                    String name = o != null ? o.name().replaceFirst("^-+", "") : a != null ? a.name() : null;
                    boolean named = name != null && (x.getName().equals(head) || name.equals(head)
                            || !exact && head.startsWith(name));
                    if (!named) {
                        continue;
                    }
                    String shown = a != null ? "<" + a.name() + ">"
                            : (o.aliases().length > 0 ? o.aliases()[0] + "/" : "") + o.name();
                    return rest == null ? shown : shown + " " + rest + "=…";
                }
            }
        }
        return field;
    }

    /** The line under a list: which of how many it showed (第 1–20 条，共 57 条 / 1–20 of 57). */
    static String pageLine(Page<?> page) {
        if (page.total == 0) {
            return ConsoleText.label("common.page.empty");
        }
        if (page.items.isEmpty()) {
            return ConsoleText.zh("common.page.none", page.total, page.offset + 1) + " / "
                    + ConsoleText.en("common.page.none", page.total, page.offset + 1);
        }
        int first = page.offset + 1;
        int last = page.offset + page.items.size();
        return ConsoleText.zh("common.page", first, last, page.total) + " / " + ConsoleText.en("common.page", first, last, page.total);
    }

    /**
     * A jurisdiction as staff read it: its code and Chinese name ({@code 320700 连云港市}); the bare
     * code when the directory does not know it, so an abolished or mistyped code still shows.
     */
    static String jurisdictionName(JurisdictionDirectory directory, String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        return directory.get(code).filter(j -> j.nameZh != null).map(j -> code + " " + j.nameZh).orElse(code);
    }

    /**
     * A whole-number option, or {@code absent} when not given; anything else is refused naming the
     * option in both languages, instead of Karaf's conversion message naming a Java type.
     */
    static Long whole(String option, String value, Long absent) throws CommandException {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new CommandException(ConsoleText.refusal("INVALID_NUMBER", "error.INVALID_NUMBER.notWhole", option, value));
        }
    }

    /** {@link #whole} for counts that fit an int (offsets, limits, revisions); larger ones are refused alike. */
    static Integer count(String option, String value, Integer absent) throws CommandException {
        Long n = whole(option, value, absent == null ? null : absent.longValue());
        if (n != null && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
            throw new CommandException(ConsoleText.refusal("INVALID_NUMBER", "error.INVALID_NUMBER.outOfRange", option, value));
        }
        return n == null ? null : n.intValue();
    }

    @SuppressWarnings("removal")
    protected Actor actor() {
        return actors.ofSubject(Subject.getSubject(AccessController.getContext()));
    }
}
