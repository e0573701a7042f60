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
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_DATE", ConsoleText.zh("error.INVALID_DATE"),
                    ConsoleText.en("error.INVALID_DATE"), List.of(new FieldError(option, "INVALID_DATE",
                            ConsoleText.zh("error.INVALID_DATE.field"), ConsoleText.en("error.INVALID_DATE.field"))));
        }
    }
}
