package cn.lyg.talent.engine.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;

/** Collects every field error of one request so the caller learns all of them at once. */
public final class Violations {
    private final Messages messages;
    private final List<FieldError> errors = new ArrayList<>();

    public Violations(Messages messages) {
        this.messages = messages;
    }

    public Violations add(String field, String code, Object... args) {
        errors.add(messages.field(field, code, args));
        return this;
    }

    /** An error worded elsewhere, e.g. by a plugin's rule. */
    public Violations add(FieldError error) {
        errors.add(error);
        return this;
    }

    /**
     * A free-text field stripped of surrounding blanks: null when blank (an error when
     * {@code required}), an error when longer than {@code max}.
     */
    public String text(String field, String value, int max, boolean required) {
        String s = value == null ? null : value.strip();
        if (s == null || s.isEmpty()) {
            if (required) {
                add(field, "REQUIRED");
            }
            return null;
        }
        if (s.length() > max) {
            add(field, "TOO_LONG", max);
        }
        String unreadable = unreadable(s);
        if (unreadable != null) {
            add(field, unreadable);
        }
        return s;
    }

    /**
     * Why a text cannot be kept as people would read it, or null: NUL and other control characters
     * are invisible to a reader (and PostgreSQL refuses NUL); half of a surrogate pair is no
     * character at all, and in a list it would make the whole answer invalid JSON for strict
     * clients ({@code "\uD800"}) and invalid UTF-8 for the database.
     */
    public static String unreadable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "BROKEN_CHARACTER";
            } else if (isControl(c)) {
                return "CONTROL_CHARACTER";
            }
        }
        return null;
    }

    /**
     * The dates the platform keeps: birth dates go back to 1900, nothing reaches past 2199. A
     * date outside is a typing error (or an attack on the supervision sweep), and the databases
     * cannot store years of nine digits anyway.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** Adds OUT_OF_RANGE when the date lies outside earliest..latest (both included). */
    public Violations date(String field, LocalDate value, LocalDate earliest, LocalDate latest) {
        if (value != null && (value.isBefore(earliest) || value.isAfter(latest))) {
            add(field, "OUT_OF_RANGE", earliest, latest);
        }
        return this;
    }

    /** Adds OUT_OF_RANGE when the instant lies outside {@link #EARLIEST}..{@link #LATEST} (UTC). */
    public Violations instant(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !value.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            add(field, "OUT_OF_RANGE", EARLIEST, LATEST);
        }
        return this;
    }

    private static boolean isControl(int c) {
        return c != '\n' && c != '\r' && c != '\t' && Character.getType(c) == Character.CONTROL;
    }

    /** Checks paging parameters: offset from 0, limit from 1 to {@code maxLimit}. */
    public Violations page(int offset, int limit, int maxLimit) {
        if (offset < 0) {
            add("offset", "NEGATIVE");
        }
        if (limit < 1 || limit > maxLimit) {
            add("limit", "OUT_OF_RANGE", 1, maxLimit);
        }
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field.equals(field));
    }

    /** Throws an INVALID refusal with code {@code refusalCode} if any error was added. */
    public void throwIfAny(String refusalCode) {
        if (!errors.isEmpty()) {
            throw messages.refusal(Refusal.Kind.INVALID, refusalCode, errors, errors.size());
        }
    }
}
