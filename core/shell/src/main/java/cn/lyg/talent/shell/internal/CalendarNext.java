package cn.lyg.talent.shell.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.calendar.CalendarDay;
import cn.lyg.talent.api.calendar.DayKind;
import cn.lyg.talent.api.calendar.WorkCalendar;

/**
 * "N working days after t" (Art.7, design.md section 4): close of office on the N-th working
 * day after the calendar date of t, with t read in the calendar's time zone.
 */
@Command(scope = "calendar", name = "next",
        description = "某一时刻之后N个工作日的期限（第七条） / Deadline N working days after a date-time (Art.7)")
@Service
public class CalendarNext extends TalentCommandSupport {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Reference
    private WorkCalendar calendar;

    @Argument(index = 0, name = "datetime", required = true,
            description = "申请时间，日历时区的YYYY-MM-DDTHH:mm（如2025-09-30T10:00）或YYYY-MM-DD / "
                    + "When the request was made, YYYY-MM-DDTHH:mm such as 2025-09-30T10:00 (or YYYY-MM-DD), "
                    + "in the calendar's time zone")
    String datetime;

    @Argument(index = 1, name = "n", required = true, description = "工作日数，1 到 3660 / Number of working days, 1 to 3660")
    String n;

    @Override
    protected Object run() throws CommandException {
        LocalDateTime local = dateTime();
        int count = count();
        ZonedDateTime from = local.atZone(calendar.zone());
        ZonedDateTime deadline;
        try {
            deadline = calendar.workingDaysAfter(from.toInstant(), count);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CommandException(ConsoleText.refusal("CANNOT_COMPUTE", "calendar.next.error.cannotCompute", e.getMessage()));
        }
        CalendarDay day = calendar.day(deadline.toLocalDate());
        PrintStream out = System.out;
        out.println(ConsoleText.label("calendar.next.from", 15) + from.format(MINUTES) + " (" + from.getZone() + ")  "
                + CalendarShow.weekday(from.getDayOfWeek()) + describe(calendar.day(from.toLocalDate())));
        out.println(ConsoleText.label("calendar.next.deadline", 15) + deadline.format(MINUTES) + " (" + deadline.getZone()
                + ")  " + CalendarShow.weekday(deadline.getDayOfWeek()) + describe(day));
        String days = count == 1 ? "calendar.next.workingDay" : "calendar.next.workingDays";
        out.println("              " + ConsoleText.zh(days, count) + " " + ConsoleText.en(days, count) + "，"
                + ConsoleText.label("calendar.next.closeOfOffice"));
        TreeSet<Integer> unscheduled = new TreeSet<>();
        for (int y = from.getYear(); y <= deadline.getYear(); y++) {
            if (!calendar.scheduledYears().contains(y)) {
                unscheduled.add(y);
            }
        }
        if (!unscheduled.isEmpty()) {
            out.println(CalendarShow.unscheduledWarning(unscheduled));
        }
        return null;
    }

    private static String describe(CalendarDay day) {
        if (day.kind == DayKind.WORKING_DAY || day.kind == DayKind.WEEKEND) {
            return "";
        }
        String festival = CalendarShow.festival(day);
        return "  " + Names.both(day.kind) + (festival.isEmpty() ? "" : " (" + festival + ")");
    }

    private LocalDateTime dateTime() throws CommandException {
        String text = datetime.strip().replace(' ', 'T');
        try {
            return text.indexOf('T') < 0 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandException(ConsoleText.refusal("INVALID_DATE_TIME", "calendar.next.error.dateTime", datetime));
        }
    }

    private int count() throws CommandException {
        int value;
        try {
            value = Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            value = 0;
        }
        // The calendar computes at most ten years of working days (3660).
        if (value < 1 || value > 3660) {
            throw new CommandException(ConsoleText.refusal("INVALID_NUMBER", "calendar.next.error.count", n));
        }
        return value;
    }
}
