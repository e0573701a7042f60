package cn.lyg.talent.engine.internal.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.calendar.CalendarDay;
import cn.lyg.talent.api.calendar.DayKind;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.api.catalog.ConfigurationRefused;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.engine.internal.Messages;

/**
 * The jurisdiction's working-day calendar (Art.7, design.md section 4): the official schedules
 * shipped in {@code official-schedule.txt}, completed and overridden by
 * {@code etc/cn.lyg.talent.calendar.cfg}, which is read again whenever it changes. The derived
 * state is one immutable {@link Snapshot} behind a volatile field, so a question is always
 * answered from one consistent configuration. A bad configuration value is refused with a
 * message naming the property (SCR logs it); on a refused change the previous calendar stays.
 */
@Component(service = WorkCalendar.class, configurationPid = CalendarConfiguration.PID)
@Designate(ocd = CalendarConfiguration.class)
public class WorkCalendarImpl implements WorkCalendar {
    private static final Logger LOG = LoggerFactory.getLogger(WorkCalendarImpl.class);

    /** Most working days one question may count (about 14 years); beyond is a mistake, not a deadline. */
    static final int MAX_WORKING_DAYS = 3660;
    /** Most calendar days one question may walk (20 years); stops a runaway loop. */
    static final int MAX_SPAN_DAYS = 7320;

    private static final Pattern DATE_INSIDE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final Pattern DATE_START = Pattern.compile("^\\d{4}-");

    private static final String HOW_TO_ADD = "add the year's days off (daysOff), make-up working days "
            + "(workingDays) and the year (scheduledYears) to etc/cn.lyg.talent.calendar.cfg "
            + "(docs/working-days.md); the change applies without a restart";

    private final InstanceSettings settings;
    private final OfficialSchedule official;
    private final Set<Integer> unscheduledAsked = ConcurrentHashMap.newKeySet();
    private volatile Snapshot snapshot;
    /** Why the last change of the configuration was refused; null when it is in force. */
    private volatile Text refused;

    @Activate
    public WorkCalendarImpl(CalendarConfiguration config, @Reference InstanceSettings settings) {
        this.settings = settings;
        this.official = OfficialSchedule.bundled();
        this.snapshot = Snapshot.build(official, config);
        LOG.info("Working-day calendar: {}", snapshot.summary);
    }

    /** design.md section 4: a jurisdiction adds or corrects a year at run time, without a restart. */
    @Modified
    void modified(CalendarConfiguration config) {
        Snapshot next;
        try {
            next = Snapshot.build(official, config);
        } catch (IllegalArgumentException e) {
            // The days in force stay; catalog:problems names what was refused until it is put right.
            refused = e instanceof ConfigurationRefused r ? r.reason() : Text.of(e.getMessage(), e.getMessage());
            LOG.warn("Working-day calendar: the changed configuration is refused, the previous one stays in force: {}",
                    e.getMessage());
            return;
        }
        refused = null;
        snapshot = next;
        for (Integer year : new TreeSet<>(unscheduledAsked)) {
            if (next.years.contains(year) && unscheduledAsked.remove(year)) {
                LOG.warn("Working-day calendar: {} now has a schedule from the configuration. Deadlines computed "
                        + "before this change counted {} on weekends alone; review those that fall in {}.",
                        year, year, year);
            }
        }
        LOG.info("Working-day calendar reconfigured: {}", next.summary);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return day(date).kind.isWorking();
    }

    @Override
    public CalendarDay day(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return describe(snapshot, date, true);
    }

    @Override
    public List<CalendarDay> month(YearMonth month) {
        Objects.requireNonNull(month, "month");
        Snapshot s = snapshot;
        List<CalendarDay> days = new ArrayList<>(month.lengthOfMonth());
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            // Showing a month (calendar:show) is no deadline: its days say whether they are
            // scheduled, without raising the warning.
            days.add(describe(s, month.atDay(d), false));
        }
        return Collections.unmodifiableList(days);
    }

    /**
     * Art.7, design.md section 4: "N working days after t" ends at close of office on the N-th
     * working day after the calendar date of t in the calendar's zone. The time of day of t does
     * not matter: a request made after office hours or on a day off counts from the next working
     * day like one made in the morning of its calendar date.
     */
    @Override
    public ZonedDateTime workingDaysAfter(Instant t, int n) {
        Objects.requireNonNull(t, "t");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1 working day, got " + n);
        }
        if (n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("n must be at most " + MAX_WORKING_DAYS + " working days, got " + n);
        }
        Snapshot s = snapshot;
        ZoneId zone = settings.zone();
        LocalDate start = t.atZone(zone).toLocalDate();
        LocalDate d = start;
        int counted = 0;
        // design.md section 4: count strictly after the calendar date of t, day by day.
        for (int walked = 1; walked <= MAX_SPAN_DAYS; walked++) {
            d = d.plusDays(1);
            if (describe(s, d, true).kind.isWorking() && ++counted == n) {
                // design.md section 4: the deadline is close of office on that day.
                return ZonedDateTime.of(d, settings.officeCloses(), zone);
            }
        }
        throw new IllegalStateException("No " + n + " working days within " + MAX_SPAN_DAYS + " days after "
                + start + ": check daysOff in etc/cn.lyg.talent.calendar.cfg");
    }

    /** Art.7: working days d with from < d <= to; the negative of the reverse count when to is before from. */
    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        long span = ChronoUnit.DAYS.between(from, to);
        if (Math.abs(span) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException("At most " + MAX_SPAN_DAYS + " days apart, got " + from + " and " + to);
        }
        Snapshot s = snapshot;
        LocalDate low = span >= 0 ? from : to;
        LocalDate high = span >= 0 ? to : from;
        long count = 0;
        for (LocalDate d = low.plusDays(1); !d.isAfter(high); d = d.plusDays(1)) {
            if (describe(s, d, true).kind.isWorking()) {
                count++;
            }
        }
        return span >= 0 ? count : -count;
    }

    @Override
    public ZoneId zone() {
        return settings.zone();
    }

    @Override
    public LocalTime officeOpens() {
        return settings.officeOpens();
    }

    @Override
    public LocalTime officeCloses() {
        return settings.officeCloses();
    }

    /** Why the last change of the configuration was refused, while the previous one stays in force. */
    public Optional<Text> refusedConfiguration() {
        return Optional.ofNullable(refused);
    }

    /** The file a county edits to add a year or its own days off. */
    public static String configurationFile() {
        return "etc/" + CalendarConfiguration.PID + ".cfg";
    }

    @Override
    public Set<Integer> scheduledYears() {
        return snapshot.years;
    }

    @Override
    public Set<Integer> unscheduledYearsAsked() {
        return Collections.unmodifiableSet(unscheduledAsked);
    }

    /**
     * The one place a date is judged; every question goes through it. {@code counting}: the answer
     * may go into a working-day count or deadline, which an unscheduled year makes doubtful;
     * showing a month does not.
     */
    private CalendarDay describe(Snapshot s, LocalDate date, boolean counting) {
        CalendarDay day = new CalendarDay();
        day.date = date;
        day.scheduled = s.years.contains(date.getYear());
        if (!day.scheduled && counting && unscheduledAsked.add(date.getYear())) {
            // design.md section 4: say loudly when a deadline falls in a year without a schedule.
            LOG.warn("Working-day calendar: no holiday schedule for {}. Working days in {} are computed on weekends "
                    + "alone (every Monday to Friday counts), so Art.7 deadlines in {} may fall on a public holiday. "
                    + "When the State Council's notice for {} is out, {}.",
                    date.getYear(), date.getYear(), date.getYear(), date.getYear(), HOW_TO_ADD);
        }
        Mark mark = s.marks.get(date);
        if (mark != null) {
            day.kind = mark.kind;
            day.nameZh = mark.nameZh;
            day.nameEn = mark.nameEn;
        } else {
            // design.md section 4: Monday to Friday is working, Saturday and Sunday are not.
            day.kind = OfficialSchedule.isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKING_DAY;
        }
        return day;
    }

    /** What a date is when it is not an ordinary weekday or weekend day. */
    private static final class Mark {
        final DayKind kind;
        final String nameZh;
        final String nameEn;

        Mark(DayKind kind, String nameZh, String nameEn) {
            this.kind = kind;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }

    /** A configured day: the date and the optional festival name given with it. */
    private static final class Configured {
        final LocalDate date;
        final String nameZh;
        final String nameEn;

        Configured(LocalDate date, String nameZh, String nameEn) {
            this.date = date;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }
    }

    /** Everything derived from the official data and one configuration; immutable. */
    static final class Snapshot {
        final Map<LocalDate, Mark> marks;
        final Set<Integer> years;
        final String summary;

        private Snapshot(Map<LocalDate, Mark> marks, Set<Integer> years, String summary) {
            this.marks = marks;
            this.years = years;
            this.summary = summary;
        }

        static Snapshot build(OfficialSchedule official, CalendarConfiguration config) {
            Map<LocalDate, Configured> daysOff = configured("daysOff", config.daysOff());
            Map<LocalDate, Configured> workingDays = configured("workingDays", config.workingDays());
            // design.md section 4: a contradictory configuration is refused, never resolved by a guess.
            for (LocalDate d : daysOff.keySet()) {
                if (workingDays.containsKey(d)) {
                    throw refused("calendar.BOTH_LISTS", d);
                }
            }
            TreeSet<Integer> years = new TreeSet<>(official.years());
            List<Integer> configuredYears = new ArrayList<>();
            // design.md section 4: a year is scheduled when the platform ships its schedule or
            // the jurisdiction's configuration provides it.
            for (String value : listed(config.scheduledYears())) {
                if (value.isEmpty()) {
                    continue;
                }
                int y;
                try {
                    y = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    y = -1;
                }
                if (y < 1900 || y > 2999) {
                    throw refused("calendar.YEAR", value);
                }
                years.add(y);
                configuredYears.add(y);
            }
            daysOff.keySet().forEach(d -> years.add(d.getYear()));
            workingDays.keySet().forEach(d -> years.add(d.getYear()));

            Map<LocalDate, Mark> marks = new HashMap<>();
            for (Map.Entry<LocalDate, OfficialSchedule.Entry> e : official.days().entrySet()) {
                OfficialSchedule.Entry o = e.getValue();
                // Art.7, design.md section 4: a weekday the notice gives off is not a working day;
                // a weekend day it declares a make-up working day (调休) is one.
                marks.put(e.getKey(), new Mark(o.kind == OfficialSchedule.Kind.OFF ? DayKind.PUBLIC_HOLIDAY
                        : DayKind.MAKE_UP_WORKING_DAY, o.nameZh, o.nameEn));
            }
            // design.md section 4: the jurisdiction's configuration wins over the shipped data.
            putConfigured(marks, official, daysOff, DayKind.LOCAL_DAY_OFF);
            putConfigured(marks, official, workingDays, DayKind.LOCAL_WORKING_DAY);
            marks.putAll(holidayWeekends(official, marks));

            TreeSet<Integer> shipped = new TreeSet<>(official.years());
            String summary = "official schedules " + shipped.first() + ".." + shipped.last() + "; configured "
                    + daysOff.size() + " days off, " + workingDays.size() + " working days, scheduled years "
                    + configuredYears;
            return new Snapshot(Collections.unmodifiableMap(marks), Collections.unmodifiableSortedSet(years),
                    summary);
        }

        private static void putConfigured(Map<LocalDate, Mark> marks, OfficialSchedule official,
                Map<LocalDate, Configured> days, DayKind kind) {
            for (Configured c : days.values()) {
                OfficialSchedule.Entry o = official.get(c.date);
                boolean named = c.nameZh != null || c.nameEn != null;
                marks.put(c.date, new Mark(kind, named ? c.nameZh : o == null ? null : o.nameZh,
                        named ? c.nameEn : o == null ? null : o.nameEn));
            }
        }

        /**
         * Weekend days inside an official holiday block (e.g. 2024-02-10..02-17 for Spring
         * Festival): a Saturday or Sunday that touches the notice's days off through other
         * weekend days is part of that block, as the notices count it ("放假调休，共8天",
         * "与周末连休"). It is reported as a public holiday named after the nearest day off (2023-09-30
         * is Mid-Autumn, 2023-10-01 National Day). It is off either way: this only names it
         * (design.md section 4).
         */
        private static Map<LocalDate, Mark> holidayWeekends(OfficialSchedule official, Map<LocalDate, Mark> marks) {
            Map<LocalDate, Mark> found = new HashMap<>();
            Map<LocalDate, Long> distance = new HashMap<>();
            // design.md section 4 (display): official days off in date order; the first nearest names the day.
            for (Map.Entry<LocalDate, OfficialSchedule.Entry> e : official.days().entrySet()) {
                LocalDate off = e.getKey();
                Mark mark = marks.get(off);
                if (mark == null || mark.kind != DayKind.PUBLIC_HOLIDAY) {
                    continue; // a make-up day, or overridden by the configuration
                }
                for (int step : new int[] {-1, 1}) {
                    LocalDate d = off.plusDays(step);
                    long dist = 1;
                    while (OfficialSchedule.isWeekend(d) && !marks.containsKey(d)) {
                        Long known = distance.get(d);
                        if (known == null || dist < known) {
                            distance.put(d, dist);
                            found.put(d, new Mark(DayKind.PUBLIC_HOLIDAY, mark.nameZh, mark.nameEn));
                        }
                        d = d.plusDays(step);
                        dist++;
                    }
                }
            }
            return found;
        }

        /**
         * Reads "YYYY-MM-DD", "YYYY-MM-DD 名称 Name" (the Chinese name is one word), "YYYY-MM-DD 名称/Name"
         * or "YYYY-MM-DD Name"; a value that does not start with a date is refused.
         */
        private static Map<LocalDate, Configured> configured(String property, String[] values) {
            Map<LocalDate, Configured> days = new TreeMap<>();
            for (String value : listed(values)) {
                if (value == null || value.isBlank()) {
                    continue; // design.md section 4: an empty value ("daysOff =") lists no day
                }
                String text = value.strip();
                String[] parts = text.split("\\s+", 2);
                LocalDate date;
                try {
                    date = LocalDate.parse(parts[0]);
                } catch (DateTimeParseException e) {
                    throw refused("calendar.DAY", property, value);
                }
                String nameZh = null;
                String nameEn = null;
                if (parts.length > 1) {
                    String names = parts[1].strip();
                    int slash = names.indexOf('/');
                    String[] words = names.split("\\s+", 2);
                    if (slash >= 0) {
                        nameZh = blankToNull(names.substring(0, slash));
                        nameEn = blankToNull(names.substring(slash + 1));
                    } else if (words[0].codePoints().anyMatch(c -> c > 0x7f)) {
                        nameZh = words[0];
                        nameEn = words.length > 1 ? blankToNull(words[1]) : null;
                    } else {
                        nameEn = names;
                    }
                }
                if (parts.length > 1 && DATE_INSIDE.matcher(parts[1]).find()) {
                    throw refused("calendar.ONE_DAY_EACH", property, value);
                }
                if (days.put(date, new Configured(date, nameZh, nameEn)) != null) {
                    throw refused("calendar.TWICE", property, date, value);
                }
            }
            return days;
        }

        private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

        /**
         * The values of a list setting. Karaf reads {@code daysOff = [ "…", "…" ]} as a list only
         * while every value of the file is written that way; once the console has rewritten the file
         * (it adds {@code felix.fileinstall.filename} as plain text), the same line arrives as one
         * string, which is read here as the list it was written as. Plain text separated by commas
         * ({@code scheduledYears = 2027, 2028}) is read the same way.
         */
        static List<String> listed(String[] values) {
            List<String> out = new ArrayList<>();
            for (String value : values == null ? new String[0] : values) {
                String v = value == null ? "" : value.strip();
                if (v.startsWith("[") && v.endsWith("]")) {
                    Matcher m = QUOTED.matcher(v);
                    boolean quoted = false;
                    while (m.find()) {
                        quoted = true;
                        out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                    }
                    if (!quoted) {
                        out.addAll(List.of(v.substring(1, v.length() - 1).split(",")));
                    }
                } else if (!v.isEmpty() && !DATE_START.matcher(v).find() && v.contains(",")) {
                    out.addAll(List.of(v.split(",")));
                } else {
                    out.add(v);
                }
            }
            out.replaceAll(String::strip);
            return out;
        }

        private static String blankToNull(String s) {
            String t = s.strip();
            return t.isEmpty() ? null : t;
        }

        /** A refused setting, in both languages, naming the file (design.md section 4). */
        private static ConfigurationRefused refused(String key, Object... args) {
            return new ConfigurationRefused(CalendarConfiguration.PID, Messages.ENGINE.text(key, args));
        }
    }
}
