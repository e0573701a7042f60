package cn.lyg.talent.engine.internal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.Violations;

/**
 * Checks a submission's form values against the service's form, in core, before any plugin code
 * runs. Every error names its field as {@code form.<name>}; values come back typed as
 * {@link cn.lyg.talent.api.catalog.FieldType} says, and as the text stored on the ticket.
 */
public final class FormValidator {
    /** Longest text a TEXT field takes when its definition names no limit (the column's size). */
    static final int MAX_TEXT = 4000;
    private static final int MAX_CHOICES = 50;

    /** The form after checking: typed values for rules, text values (one or more) for storage. */
    public record Values(Map<String, Object> typed, Map<String, List<String>> stored) {
    }

    private FormValidator() {
    }

    public static Values validate(List<FormField> form, Map<String, Object> input, LocalDate today, Violations v) {
        Map<String, Object> in = input == null ? Map.of() : input;
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<String, List<String>> stored = new LinkedHashMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (FormField f : form) {
            known.add(f.name);
            String path = "form." + f.name;
            Object raw = in.get(f.name);
            if (isBlank(raw)) {
                if (f.required) {
                    v.add(path, "REQUIRED");
                } else if (conditionHolds(f, in)) {
                    v.add(path, "REQUIRED_IF", condition(Condition.of(f), form));
                }
                continue;
            }
            Object value = switch (f.type) {
                case TEXT, ATTACHMENT -> text(f, path, raw, v);
                case NUMBER -> number(f, path, raw, v);
                case DATE -> date(f, path, raw, today, v);
                case YES_NO -> yesNo(path, raw, v);
                case CHOICE -> choice(f, path, raw, v);
                case MULTI_CHOICE -> choices(f, path, raw, v);
            };
            if (value != null) {
                typed.put(f.name, value);
                stored.put(f.name, value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                        : List.of(value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value)));
            }
        }
        for (String name : in.keySet()) {
            if (!known.contains(name)) {
                // A typo must not be silently dropped.
                v.add("form." + name, "UNKNOWN_FIELD");
            }
        }
        return new Values(typed, stored);
    }

    /** A field's {@code requiredIf}, {@code "field=value"}, read; null when absent or malformed. */
    record Condition(String field, String value) {
        static Condition of(FormField f) {
            int eq = f.requiredIf == null ? -1 : f.requiredIf.indexOf('=');
            return eq < 1 || eq == f.requiredIf.length() - 1 ? null
                    : new Condition(f.requiredIf.substring(0, eq), f.requiredIf.substring(eq + 1).strip());
        }
    }

    /** Whether the field's condition holds for what was sent. */
    private static boolean conditionHolds(FormField f, Map<String, Object> in) {
        Condition c = Condition.of(f);
        if (c == null) {
            return false;
        }
        // In any case, as choices are taken ("MAIL" is mail).
        Object other = in.get(c.field());
        if (other instanceof List<?> list) {
            return list.stream().anyMatch(x -> x != null && String.valueOf(x).strip().equalsIgnoreCase(c.value()));
        }
        return other != null && String.valueOf(other).strip().equalsIgnoreCase(c.value());
    }

    /**
     * The condition (which {@link Condition#of} read) as people read it: the other field's label
     * and the value's (a choice by its label).
     */
    static Messages.Named condition(Condition condition, List<FormField> form) {
        String name = condition.field();
        String wanted = condition.value();
        FormField other = form.stream().filter(x -> x.name.equals(name)).findFirst().orElse(null);
        String zh = other == null || other.label == null ? name : other.label.zh;
        String en = other == null || other.label == null ? name : other.label.en;
        Choice choice = other == null ? null
                : other.choices.stream().filter(c -> c.key.equals(wanted)).findFirst().orElse(null);
        return new Messages.Named(zh + "为“" + (choice == null ? wanted : choice.label.zh) + "”",
                "\"" + en + "\" is \"" + (choice == null ? wanted : choice.label.en) + "\"");
    }

    /** Text values read back from the ticket, typed again by the form in force (unknown fields stay text). */
    public static Map<String, Object> retype(List<FormField> form, Map<String, List<String>> stored) {
        Map<String, Object> typed = new LinkedHashMap<>();
        stored.forEach((name, values) -> {
            FormField f = form.stream().filter(x -> x.name.equals(name)).findFirst().orElse(null);
            Object value = values.size() == 1 ? values.get(0) : values;
            if (f != null) {
                try {
                    value = switch (f.type) {
                        case NUMBER -> new BigDecimal(values.get(0));
                        case DATE -> LocalDate.parse(values.get(0));
                        case YES_NO -> Boolean.valueOf(values.get(0));
                        case MULTI_CHOICE -> List.copyOf(values);
                        default -> values.get(0);
                    };
                } catch (RuntimeException e) {
                    // The form changed since: the stored text is the best there is.
                }
            }
            typed.put(name, value);
        });
        return typed;
    }

    private static boolean isBlank(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof List<?> l && l.isEmpty();
    }

    private static String text(FormField f, String path, Object raw, Violations v) {
        if (!(raw instanceof String s)) {
            v.add(path, "NOT_TEXT");
            return null;
        }
        String t = s.strip();
        int max = f.maxLength == null ? MAX_TEXT : Math.min(f.maxLength, MAX_TEXT);
        if (t.length() > max) {
            v.add(path, "TOO_LONG", max);
            return null;
        }
        String unreadable = Violations.unreadable(t);
        if (unreadable != null) {
            v.add(path, unreadable);
            return null;
        }
        if (f.pattern != null && !Pattern.compile(f.pattern).matcher(t).matches()) {
            // The form's hint says what the pattern wants (如 MU1234、G1234); a regular expression would not.
            if (f.hint != null && f.hint.zh != null && f.hint.en != null) {
                v.add(path, "PATTERN_HINT", new Messages.Named(f.hint.zh, f.hint.en));
            } else {
                v.add(path, "PATTERN");
            }
            return null;
        }
        return t;
    }

    private static BigDecimal number(FormField f, String path, Object raw, Violations v) {
        BigDecimal d;
        try {
            d = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(((String) raw).strip());
        } catch (NumberFormatException | ClassCastException e) {
            v.add(path, "NOT_A_NUMBER");
            return null;
        }
        // A number no form needs (1E+5000, 1E-999999999) is refused before it is printed or stored.
        if (d.precision() > 30 || Math.abs(d.scale()) > 10) {
            v.add(path, "NOT_A_NUMBER");
            return null;
        }
        if (f.decimals != null && d.stripTrailingZeros().scale() > f.decimals) {
            // Counts, months and years are whole: 2.5 family members is a typing error, not 2.
            v.add(path, f.decimals == 0 ? "NOT_A_WHOLE_NUMBER" : "TOO_MANY_DECIMALS", f.decimals);
            return null;
        }
        BigDecimal min = f.min == null ? null : new BigDecimal(f.min);
        BigDecimal max = f.max == null ? null : new BigDecimal(f.max);
        if (min != null && d.compareTo(min) < 0 || max != null && d.compareTo(max) > 0) {
            // A bound the form leaves open is not named as one ("between 0 and …").
            if (max == null) {
                v.add(path, "AT_LEAST", f.min);
            } else if (min == null) {
                v.add(path, "AT_MOST", f.max);
            } else {
                v.add(path, "OUT_OF_RANGE", f.min, f.max);
            }
            return null;
        }
        return d;
    }

    private static LocalDate date(FormField f, String path, Object raw, LocalDate today, Violations v) {
        LocalDate d;
        try {
            d = LocalDate.parse(((String) raw).strip());
        } catch (DateTimeParseException | ClassCastException e) {
            v.add(path, "NOT_A_DATE");
            return null;
        }
        // Without bounds in the descriptor, the dates the platform keeps at all.
        LocalDate min = Objects.requireNonNullElse(bound(f.min, today), Violations.EARLIEST);
        LocalDate max = Objects.requireNonNullElse(bound(f.max, today), Violations.LATEST);
        if (d.isBefore(min) || d.isAfter(max)) {
            v.add(path, "OUT_OF_RANGE", min, max);
            return null;
        }
        return d;
    }

    /** A date bound: an ISO date or {@code today}. */
    static LocalDate bound(String bound, LocalDate today) {
        if (bound == null) {
            return null;
        }
        return "today".equals(bound) ? today : LocalDate.parse(bound);
    }

    private static Boolean yesNo(String path, Object raw, Violations v) {
        if (raw instanceof Boolean b) {
            return b;
        }
        if (raw instanceof String s && (s.strip().equals("true") || s.strip().equals("false"))) {
            return Boolean.valueOf(s.strip());
        }
        v.add(path, "NOT_YES_NO");
        return null;
    }

    private static String choice(FormField f, String path, Object raw, Violations v) {
        String key = raw instanceof String s ? key(f, s) : null;
        if (key == null) {
            v.add(path, "NOT_A_CHOICE", keys(f));
        }
        return key;
    }

    private static List<String> choices(FormField f, String path, Object raw, Violations v) {
        // One choice may come as a plain value (a console or form post sends no list for one).
        Object given = raw instanceof String one ? List.of(one) : raw;
        if (!(given instanceof List<?> list) || list.size() > MAX_CHOICES) {
            v.add(path, "NOT_A_CHOICE", keys(f));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : list) {
            String key = o instanceof String s ? key(f, s) : null;
            if (key == null) {
                v.add(path, "NOT_A_CHOICE", keys(f));
                return null;
            }
            if (!out.contains(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** The choice's key as the definition spells it, for a key given in any case ("MAIL" is mail); null if none. */
    private static String key(FormField f, String given) {
        String g = given.strip();
        return f.choices.stream().map(c -> c.key).filter(k -> k.equalsIgnoreCase(g)).findFirst().orElse(null);
    }

    /** The choices as a client sends them, each with its label in the text's language: {@code mail（邮寄）}. */
    private static Messages.Named keys(FormField f) {
        return new Messages.Named(
                String.join("、", f.choices.stream().map((Choice c) -> c.key + "（" + c.label.zh + "）").toList()),
                String.join(", ", f.choices.stream().map((Choice c) -> c.key + " (" + c.label.en + ")").toList()));
    }
}
