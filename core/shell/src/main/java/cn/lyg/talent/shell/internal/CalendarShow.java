package cn.lyg.talent.shell.internal;

import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.calendar.CalendarDay;
import cn.lyg.talent.api.calendar.DayKind;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.shell.table.ConsoleTable;

/**
 * A month of the working-day calendar (design.md section 4): a grid Monday to Sunday with days
 * off (休) and make-up working days (班) marked, then the list of those days with their festival.
 */
@Command(scope = "calendar", name = "show",
        description = "显示工作日历中的一个月：休息日和调休上班日 / Shows a month of the working-day calendar: days off and make-up working days")
@Service
public class CalendarShow extends TalentCommandSupport {

    @Reference
    private WorkCalendar calendar;

    @Argument(index = 0, name = "year-month",
            description = "月份，YYYY-MM格式，如2025-10（默认为日历时区的本月） / "
                    + "Month as YYYY-MM, e.g. 2025-10 (default: this month in the calendar's time zone)")
    String yearMonth;

    @Override
    protected Object run() throws CommandException {
        YearMonth month = month();
        List<CalendarDay> days = calendar.month(month);
        PrintStream out = System.out;
        String english = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        out.println(ConsoleText.zh("calendar.show.month", month.getYear(), month.getMonthValue(), english) + "  "
                + ConsoleText.en("calendar.show.month", month.getYear(), month.getMonthValue(), english)
                + "  (" + calendar.zone() + ")");
        TreeSet<Integer> unscheduled = new TreeSet<>();
        for (CalendarDay d : days) {
            if (!d.scheduled) {
                unscheduled.add(d.date.getYear());
            }
        }
        if (!unscheduled.isEmpty()) {
            out.println(unscheduledWarning(unscheduled));
        }
        out.println();
        printGrid(out, month, days);
        out.println();
        out.println(ConsoleText.label("calendar.show.legend.dayOff"));
        out.println(ConsoleText.label("calendar.show.legend.workingDay"));
        out.println(ConsoleText.label("calendar.show.legend.weekend"));

        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("calendar.show.date"));
        table.column(ConsoleText.label("calendar.show.day"));
        table.column(ConsoleText.label("calendar.show.kind"));
        table.column(ConsoleText.label("calendar.show.festival"));
        int rows = 0;
        for (CalendarDay d : days) {
            if (d.kind != DayKind.WORKING_DAY && d.kind != DayKind.WEEKEND) {
                table.row(d.date, weekday(d.date.getDayOfWeek()), d.kind, festival(d));
                rows++;
            }
        }
        out.println();
        if (rows == 0) {
            out.println(ConsoleText.both("calendar.show.noHolidays"));
        } else {
            table.print(out);
        }
        return null;
    }

    private YearMonth month() throws CommandException {
        if (yearMonth == null || yearMonth.isBlank()) {
            return YearMonth.now(calendar.zone());
        }
        YearMonth m;
        try {
            m = YearMonth.parse(yearMonth.strip());
        } catch (DateTimeParseException e) {
            throw new CommandException(ConsoleText.refusal("INVALID_MONTH", "calendar.show.error.month", yearMonth));
        }
        if (m.getYear() < 1900 || m.getYear() > 2999) {
            // The calendar file takes years 1900 to 2999 only: no advice to add a year it would refuse.
            throw new CommandException(ConsoleText.refusal("MONTH_OUT_OF_RANGE", "calendar.show.error.range", yearMonth));
        }
        return m;
    }

    /**
     * Each cell is 6 terminal columns: a Chinese character is 2 wide, so the header is
     * "一 Mo " and a day is "%3d" plus a 2-wide mark (休 / 班 / two spaces) plus a space.
     */
    private static void printGrid(PrintStream out, YearMonth month, List<CalendarDay> days) {
        StringBuilder header = new StringBuilder();
        for (DayOfWeek w : DayOfWeek.values()) {
            header.append(ConsoleText.label("calendar.grid." + w.name())).append(' ');
        }
        out.println(header.toString().stripTrailing());
        StringBuilder line = new StringBuilder();
        int blanks = month.atDay(1).getDayOfWeek().ordinal();
        line.append("      ".repeat(blanks));
        for (CalendarDay d : days) {
            line.append(String.format("%3d", d.date.getDayOfMonth())).append(mark(d.kind)).append(' ');
            if (d.date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                out.println(line.toString().stripTrailing());
                line.setLength(0);
            }
        }
        if (line.length() > 0) {
            out.println(line.toString().stripTrailing());
        }
    }

    private static String mark(DayKind kind) {
        switch (kind) {
            case PUBLIC_HOLIDAY:
            case LOCAL_DAY_OFF:
                return ConsoleText.zh("calendar.grid.dayOff");
            case MAKE_UP_WORKING_DAY:
            case LOCAL_WORKING_DAY:
                return ConsoleText.zh("calendar.grid.workingDay");
            default:
                return "  ";
        }
    }

    static String weekday(DayOfWeek day) {
        return ConsoleText.label("calendar.weekday." + day.name());
    }

    static String festival(CalendarDay d) {
        String zh = d.nameZh == null ? "" : d.nameZh;
        String en = d.nameEn == null ? "" : d.nameEn;
        return (zh + " " + en).strip();
    }

    /** design.md section 4: say loudly that a year without a schedule is counted on weekends alone. */
    static String unscheduledWarning(Collection<Integer> years) {
        String list = years.toString().replaceAll("[\\[\\]]", "");
        return ConsoleText.zh("calendar.unscheduled", list) + System.lineSeparator()
                + ConsoleText.en("calendar.unscheduled", list);
    }
}
