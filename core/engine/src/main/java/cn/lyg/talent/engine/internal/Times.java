package cn.lyg.talent.engine.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps are stored as UTC local date-times (portable across H2 and PostgreSQL). */
public final class Times {

    /** How a time reads in a text a person sees: local, to the minute (2026-11-26 17:30). */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Times() {
    }

    public static LocalDateTime utc(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** A stored UTC time as people read it in {@code zone}: 2026-11-26 17:30. */
    public static String shown(LocalDateTime utc, ZoneId zone) {
        return utc == null ? "-" : SHOWN.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
    }
}
