package cn.lyg.talent.shell.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.FieldType;
import cn.lyg.talent.api.catalog.FormField;

/**
 * A ticket's form as the talent filled it in, for the console: each field by its Chinese label,
 * a choice by its label, yes/no as 是/否, several values joined. A field the definition no
 * longer has (the service changed since) is shown by its name and raw value.
 */
final class FormShown {

    private FormShown() {
    }

    static String label(List<FormField> fields, String name) {
        return field(fields, name).filter(f -> f.label != null).map(f -> f.label.zh).orElse(name);
    }

    static String value(List<FormField> fields, String name, Object value) {
        Optional<FormField> field = field(fields, name);
        if (value instanceof Collection<?> many) {
            return many.stream().map(v -> one(field, v)).collect(Collectors.joining("、"));
        }
        return one(field, value);
    }

    private static String one(Optional<FormField> field, Object value) {
        String raw = String.valueOf(value);
        if (field.isEmpty()) {
            return raw;
        }
        FormField f = field.get();
        if (f.type == FieldType.YES_NO) {
            return "true".equalsIgnoreCase(raw) ? ConsoleText.zh("common.yes")
                    : "false".equalsIgnoreCase(raw) ? ConsoleText.zh("common.no") : raw;
        }
        return f.choices.stream().filter(c -> c.key.equals(raw)).findFirst().map(FormShown::label).orElse(raw);
    }

    private static String label(Choice c) {
        return c.label == null ? c.key : c.label.zh;
    }

    private static Optional<FormField> field(List<FormField> fields, String name) {
        return fields.stream().filter(f -> f.name.equals(name)).findFirst();
    }
}
