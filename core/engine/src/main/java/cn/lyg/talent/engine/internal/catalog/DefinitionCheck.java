package cn.lyg.talent.engine.internal.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.catalog.Text;

/**
 * What makes a service definition or a contributed field unusable, worded for the developer or
 * operator who has to fix it. A definition with problems is not offered; the others are.
 */
public final class DefinitionCheck {
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    static final int MAX_CODE = 60;

    private DefinitionCheck() {
    }

    public static List<String> problems(ServiceDefinition d, Predicate<String> unitExists,
            Predicate<String> jurisdictionExists) {
        List<String> p = new ArrayList<>();
        if (d == null) {
            p.add("the offering returned no definition");
            return p;
        }
        if (d.code == null || d.code.length() > MAX_CODE || !CODE.matcher(d.code).matches()) {
            p.add("code '" + d.code + "' must be lower-case words joined by hyphens, at most " + MAX_CODE + " characters");
        }
        text(p, "name", d.name);
        if (d.units == null || d.units.isEmpty()) {
            p.add("no responsible unit (Art.5)");
        } else {
            for (String u : d.units) {
                if (u == null || !unitExists.test(u)) {
                    p.add("unit '" + u + "' is not in the unit directory");
                }
            }
        }
        if (d.jurisdiction != null && !jurisdictionExists.test(d.jurisdiction)) {
            p.add("jurisdiction '" + d.jurisdiction + "' is not known");
        }
        p.addAll(fields(d.form == null ? List.of() : d.form, new HashSet<>()));
        return p;
    }

    /** Problems of form fields; {@code taken} holds names already used and receives the new ones. */
    public static List<String> fields(List<FormField> fields, Set<String> taken) {
        List<String> p = new ArrayList<>();
        if (fields == null) {
            p.add("the form is missing");
            return p;
        }
        for (FormField f : fields) {
            if (f == null) {
                p.add("an empty form field");
                continue;
            }
            String at = "field '" + f.name + "': ";
            if (f.name == null || f.name.length() > MAX_CODE || !FIELD_NAME.matcher(f.name).matches()) {
                p.add(at + "the name must be lower camel case, at most " + MAX_CODE + " characters");
            } else if (!taken.add(f.name)) {
                p.add(at + "the form already has a field of this name");
            }
            if (f.type == null) {
                p.add(at + "no type");
                continue;
            }
            text(p, at + "label", f.label);
            if (f.type == FieldType.CHOICE || f.type == FieldType.MULTI_CHOICE) {
                choices(p, at, f.choices);
            }
            if (f.pattern != null) {
                try {
                    Pattern.compile(f.pattern);
                } catch (PatternSyntaxException e) {
                    p.add(at + "the pattern is not a regular expression");
                }
            }
            if (f.maxLength != null && f.maxLength < 1) {
                p.add(at + "maxLength must be at least 1");
            }
            if (f.decimals != null && (f.type != FieldType.NUMBER || f.decimals < 0)) {
                p.add(at + "decimals apply to numbers only and are 0 or more");
            }
            bounds(p, at, f);
        }
        // A condition names a field of the form (or of the form it extends): checked once all are known.
        for (FormField f : fields) {
            if (f == null || f.requiredIf == null) {
                continue;
            }
            String at = "field '" + f.name + "': ";
            FormValidator.Condition c = FormValidator.Condition.of(f);
            if (c == null) {
                p.add(at + "required-if is written field=value");
            } else if (!taken.contains(c.field())) {
                p.add(at + "required-if names no field of the form: " + c.field());
            } else if (f.required) {
                p.add(at + "required and required-if exclude each other");
            }
        }
        return p;
    }

    private static void choices(List<String> p, String at, List<Choice> choices) {
        if (choices == null || choices.isEmpty()) {
            p.add(at + "a choice field needs choices");
            return;
        }
        Set<String> keys = new HashSet<>();
        for (Choice c : choices) {
            if (c == null || c.key == null || c.key.isBlank() || !keys.add(c.key)) {
                p.add(at + "choice keys must be present and unique");
            } else {
                text(p, at + "choice '" + c.key + "'", c.label);
            }
        }
    }

    private static void bounds(List<String> p, String at, FormField f) {
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
                    p.add(at + "min and max apply to numbers and dates only");
                }
            } catch (RuntimeException e) {
                p.add(at + "bound '" + b + "' is not a " + (f.type == FieldType.NUMBER ? "number" : "date or 'today'"));
                return;
            }
        }
        // A range no value can satisfy would refuse every submission with "between 5 and 1".
        if (f.min != null && f.max != null && f.type == FieldType.NUMBER
                && new BigDecimal(f.min).compareTo(new BigDecimal(f.max)) > 0) {
            p.add(at + "min " + f.min + " is greater than max " + f.max);
        } else if (f.min != null && f.max != null && f.type == FieldType.DATE
                && FormValidator.bound(f.min, LocalDate.now()).isAfter(FormValidator.bound(f.max, LocalDate.now()))) {
            p.add(at + "min " + f.min + " is after max " + f.max);
        }
    }

    private static void text(List<String> p, String what, Text t) {
        if (t == null || t.zh == null || t.zh.isBlank() || t.en == null || t.en.isBlank()) {
            p.add(what + " needs both Chinese and English text");
        }
    }
}
