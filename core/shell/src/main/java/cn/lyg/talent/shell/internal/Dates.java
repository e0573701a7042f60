package cn.lyg.talent.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.lyg.talent.api.FieldError;
import cn.lyg.talent.api.Refusal;

/** Parses a command's date option; a bad one is refused like any other bad field. */
final class Dates {

    private Dates() {
    }

    static LocalDate parse(String option, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_DATE", "日期格式不正确", "Invalid date",
                    List.of(new FieldError(option, "INVALID_DATE", "应为YYYY-MM-DD格式的日期",
                            "Must be a date as YYYY-MM-DD")));
        }
    }
}
