package cn.lyg.talent.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.SecurityContext;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.FieldError;

/**
 * Query parameters parsed by hand, so that a bad one is answered with a problem naming it
 * rather than a bare 404 from the JAX-RS runtime.
 */
final class Params {
    private final List<FieldError> errors = new ArrayList<>();

    static Actor actor(SecurityContext sc) {
        if (sc instanceof Authentication.ActorContext a) {
            return a.actor();
        }
        throw new WebApplicationException(Problems.response(401, "AUTHENTICATION_REQUIRED", List.of()));
    }

    String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(Problems.field(name, "INVALID_VALUE"));
            return fallback;
        }
    }

    LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(Problems.field(name, "INVALID_DATE"));
            return null;
        }
    }

    /**
     * A time with its offset, or, as the console takes it, a date (its start) or a time without
     * offset, both in the instance's {@code zone}: a phone app sends the date the talent picked.
     */
    Instant instant(String name, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String given = value.strip();
        try {
            if (given.length() == 10) {
                return LocalDate.parse(given).atStartOfDay(zone).toInstant();
            }
            if (given.length() <= 19) {
                return LocalDateTime.parse(given).atZone(zone).toInstant();
            }
            return OffsetDateTime.parse(given).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(Problems.field(name, "INVALID_DATE_TIME"));
            return null;
        }
    }

    Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        errors.add(Problems.field(name, "INVALID_BOOLEAN"));
        return null;
    }

    <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(Problems.choice(name, type));
            return null;
        }
    }

    /** Answers 400 naming every bad parameter, if any. */
    void done() {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    /** 400 for one parameter with a value that is not allowed. */
    static WebApplicationException invalid(String parameter) {
        return invalid(List.of(Problems.field(parameter, "INVALID_VALUE")));
    }

    static WebApplicationException invalid(List<FieldError> errors) {
        return new WebApplicationException(Problems.response(400, "INVALID_PARAMETERS", errors, errors.size()));
    }
}
