package cn.lyg.talent.engine.internal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.Jurisdiction;
import cn.lyg.talent.engine.internal.Messages;

/**
 * What makes a service definition or a contributed field unusable, worded for the developer or
 * operator who has to fix it, in Chinese and English (texts {@code check.*}). A definition with
 * problems is not offered; the others are.
 */
public final class DefinitionCheck {
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    static final int MAX_CODE = 60;
    private static final Messages M = Messages.ENGINE;

    private DefinitionCheck() {
    }

    /** A problem in both languages, from {@code check.<key>} of the engine's texts. */
    private static Text say(String key, Object... args) {
        return M.text("check." + key, args);
    }

    /** A problem of one form field: its name leads. */
    private static Text at(String key, FormField f, Object... args) {
        Text where = M.text("check.AT", f.name);
        Text what = say(key, args);
        return Text.of(where.zh + what.zh, where.en + what.en);
    }

    /** The problems of a definition, worded for the operator or developer who fixes it, Chinese first. */
    public static List<Text> problems(ServiceDefinition d, Predicate<String> unitExists,
            Function<String, Optional<Jurisdiction>> jurisdictions) {
        List<Text> p = new ArrayList<>();
        if (d == null) {
            p.add(say("NO_DEFINITION"));
            return p;
        }
        if (d.code == null || d.code.length() > MAX_CODE || !CODE.matcher(d.code).matches()) {
            p.add(say("CODE", String.valueOf(d.code), MAX_CODE));
        }
        if (!bilingual(d.name)) {
            p.add(say("NAME_TEXT"));
        }
        if (d.units == null || d.units.isEmpty()) {
            p.add(say("NO_UNIT"));
        } else {
            for (String u : d.units) {
                if (u == null || !unitExists.test(u)) {
                    p.add(say("UNIT_UNKNOWN", String.valueOf(u)));
                }
            }
        }
        if (d.jurisdiction != null) {
            Optional<Jurisdiction> j = jurisdictions.apply(d.jurisdiction);
            if (j.isEmpty()) {
                p.add(say("JURISDICTION_UNKNOWN", d.jurisdiction));
            } else if (!j.get().active) {
                // An abolished county (赣榆县 became a district in 2014) has no talents to serve.
                p.add(say("JURISDICTION_INACTIVE", d.jurisdiction, new Messages.Named(j.get().nameZh, j.get().nameEn)));
            }
        }
        p.addAll(fields(d.form == null ? List.of() : d.form, new HashSet<>()));
        return p;
    }

    /** Problems of form fields; {@code taken} holds names already used and receives the new ones. */
    public static List<Text> fields(List<FormField> fields, Set<String> taken) {
        List<Text> p = new ArrayList<>();
        if (fields == null) {
            p.add(say("FORM_MISSING"));
            return p;
        }
        for (FormField f : fields) {
            if (f == null) {
                p.add(say("FIELD_EMPTY"));
                continue;
            }
            if (f.name == null || f.name.length() > MAX_CODE || !FIELD_NAME.matcher(f.name).matches()) {
                p.add(at("FIELD_NAME", f, MAX_CODE));
            } else if (!taken.add(f.name)) {
                p.add(at("FIELD_DUPLICATE", f));
            }
            if (f.type == null) {
                p.add(at("FIELD_NO_TYPE", f));
                continue;
            }
            if (!bilingual(f.label)) {
                p.add(at("LABEL_TEXT", f));
            }
            if (f.type == FieldType.CHOICE || f.type == FieldType.MULTI_CHOICE) {
                choices(p, f);
            }
            if (f.pattern != null) {
                try {
                    Pattern.compile(f.pattern);
                } catch (PatternSyntaxException e) {
                    p.add(at("PATTERN", f));
                }
            }
            if (f.maxLength != null && f.maxLength < 1) {
                p.add(at("MAX_LENGTH", f));
            }
            if (f.decimals != null && (f.type != FieldType.NUMBER || f.decimals < 0)) {
                p.add(at("DECIMALS", f));
            }
            bounds(p, f);
        }
        // A condition names a field of the form (or of the form it extends): checked once all are known.
        for (FormField f : fields) {
            if (f == null || f.requiredIf == null) {
                continue;
            }
            FormValidator.Condition c = FormValidator.Condition.of(f);
            if (c == null) {
                p.add(at("REQUIRED_IF_FORM", f));
            } else if (!taken.contains(c.field())) {
                p.add(at("REQUIRED_IF_FIELD", f, c.field()));
            } else if (f.required) {
                p.add(at("REQUIRED_BOTH", f));
            }
        }
        return p;
    }

    private static void choices(List<Text> p, FormField f) {
        if (f.choices == null || f.choices.isEmpty()) {
            p.add(at("CHOICES_MISSING", f));
            return;
        }
        Set<String> keys = new HashSet<>();
        for (Choice c : f.choices) {
            if (c == null || c.key == null || c.key.isBlank() || !keys.add(c.key)) {
                p.add(at("CHOICE_KEYS", f));
            } else if (!bilingual(c.label)) {
                p.add(at("CHOICE_TEXT", f, c.key));
            }
        }
    }

    private static void bounds(List<Text> p, FormField f) {
        for (String b : new String[] {f.min, f.max}) {
            if (b == null) {
                continue;
            }
            try {
                if (f.type == FieldType.NUMBER) {
                    new BigDecimal(b);
                } else if (f.type == FieldType.DATE) {
                    FormValidator.bound(b, LocalDate.now());
                } else {
                    p.add(at("BOUNDS_TYPE", f));
                }
            } catch (RuntimeException e) {
                p.add(at(f.type == FieldType.NUMBER ? "BOUND_NOT_NUMBER" : "BOUND_NOT_DATE", f, b));
                return;
            }
        }
        // A range no value can satisfy would refuse every submission with "between 5 and 1".
        if (f.min != null && f.max != null && f.type == FieldType.NUMBER
                && new BigDecimal(f.min).compareTo(new BigDecimal(f.max)) > 0) {
            p.add(at("MIN_OVER_MAX", f, f.min, f.max));
        } else if (f.min != null && f.max != null && f.type == FieldType.DATE
                && FormValidator.bound(f.min, LocalDate.now()).isAfter(FormValidator.bound(f.max, LocalDate.now()))) {
            p.add(at("MIN_AFTER_MAX", f, f.min, f.max));
        }
    }

    private static boolean bilingual(Text t) {
        return t != null && t.zh != null && !t.zh.isBlank() && t.en != null && !t.en.isBlank();
    }

    /** Problems as one line of each language, for a report or the log. */
    static Text joined(List<Text> problems) {
        return Text.of(problems.stream().map(t -> t.zh).collect(Collectors.joining("；")),
                problems.stream().map(t -> t.en).collect(Collectors.joining("; ")));
    }
}
