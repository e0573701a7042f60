package cn.lyg.talent.engine.internal.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The State Council's holiday schedules shipped with the platform (design.md section 4): for
 * each listed date, whether it is a weekday off or a make-up working day, and the festival of
 * its holiday block. Read from {@code official-schedule.txt} next to this class in the bundle;
 * the file's header explains the format. Immutable.
 */
final class OfficialSchedule {
    static final String RESOURCE = "official-schedule.txt";

    /** What the notice says about a date. */
    enum Kind {
        /** A Monday-to-Friday day off (放假). */
        OFF,
        /** A Saturday or Sunday that is a make-up working day (调休上班). */
        WORK
    }

    /** One listed date: what it is and the festival of its holiday block. */
    static final class Entry {
        final Kind kind;
        final String nameZh;
        final String nameEn;

        Entry(Kind kind, String nameZh, String nameEn) {
            this.kind = kind;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }

    private final SortedMap<LocalDate, Entry> days;
    private final Set<Integer> years;

    private OfficialSchedule(SortedMap<LocalDate, Entry> days) {
        this.days = Collections.unmodifiableSortedMap(days);
        TreeSet<Integer> y = new TreeSet<>();
        for (LocalDate d : days.keySet()) {
            y.add(d.getYear());
        }
        this.years = Collections.unmodifiableSortedSet(y);
    }

    /**
     * The schedules in this bundle. Read through this class's own class loader, so it works in
     * the OSGi bundle as on a plain class path.
     */
    static OfficialSchedule bundled() {
        try (InputStream in = OfficialSchedule.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Holiday schedules missing from the bundle: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * Parses lines {@code YYYY-MM-DD KIND 中文名 English name}; blank lines and {@code #} comments
     * are skipped. A line that breaks the format is an error naming the source and line: the
     * shipped data is never guessed at.
     */
    static OfficialSchedule parse(Reader reader, String source) throws IOException {
        SortedMap<LocalDate, Entry> days = new TreeMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] parts = text.split("\\s+", 4);
            if (parts.length < 4) {
                throw bad(source, number, "expected 'YYYY-MM-DD KIND 中文名 English name'", line);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                throw bad(source, number, "not a date YYYY-MM-DD", line);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(parts[1]);
            } catch (IllegalArgumentException e) {
                throw bad(source, number, "KIND must be OFF or WORK", line);
            }
            // design.md section 4: the notices list weekdays off and weekend make-up days only;
            // anything else in the data is a mistake in the data.
            boolean weekend = isWeekend(date);
            if (kind == Kind.OFF && weekend) {
                throw bad(source, number, "OFF on a Saturday or Sunday", line);
            }
            if (kind == Kind.WORK && !weekend) {
                throw bad(source, number, "WORK on a Monday to Friday", line);
            }
            if (days.put(date, new Entry(kind, parts[2], parts[3].strip())) != null) {
                throw bad(source, number, "date listed twice", line);
            }
        }
        return new OfficialSchedule(days);
    }

    private static IllegalStateException bad(String source, int number, String why, String line) {
        return new IllegalStateException(source + " line " + number + ": " + why + ": '" + line + "'");
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    /** Every listed date, in date order. */
    SortedMap<LocalDate, Entry> days() {
        return days;
    }

    /** What the notice says about the date, or null when it says nothing. */
    Entry get(LocalDate date) {
        return days.get(date);
    }

    /** Years with at least one listed date: the years the platform ships a schedule for. */
    Set<Integer> years() {
        return years;
    }
}
