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
        description = "Shows a month of the working-day calendar: days off and make-up working days / 工作日历")
@Service
public class CalendarShow extends TalentCommandSupport {
    private static final String[] WEEKDAYS_ZH = {"一", "二", "三", "四", "五", "六", "日"};

    @Reference
    private WorkCalendar calendar;

    @Argument(index = 0, name = "year-month",
            description = "Month as YYYY-MM, e.g. 2025-10 (default: this month in the calendar's time zone)")
    String yearMonth;

    @Override
    protected Object run() throws CommandException {
        YearMonth month = month();
        List<CalendarDay> days = calendar.month(month);
        PrintStream out = System.out;
        out.println(month.getYear() + "年" + month.getMonthValue() + "月  "
                + month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear()
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
        out.println("休 = 放假（法定节假日或本地休息日） day off (public holiday or local day off)");
        out.println("班 = 上班（调休或本地增加的工作日） make-up or added working day");
        out.println("未标记的周六、周日为休息日 unmarked Saturdays and Sundays are days off");

        ConsoleTable table = new ConsoleTable();
        table.column("日期 Date");
        table.column("星期 Day");
        table.column("类型 Kind");
        table.column("节日 Festival");
        int rows = 0;
        for (CalendarDay d : days) {
            if (d.kind != DayKind.WORKING_DAY && d.kind != DayKind.WEEKEND) {
                table.row(d.date, weekday(d.date.getDayOfWeek()), d.kind, festival(d));
                rows++;
            }
        }
        out.println();
        if (rows == 0) {
            out.println("本月没有节假日或调休 / no holidays or make-up days this month");
        } else {
            table.print(out);
        }
        return null;
    }

    private YearMonth month() throws CommandException {
        if (yearMonth == null || yearMonth.isBlank()) {
            return YearMonth.now(calendar.zone());
        }
        try {
            return YearMonth.parse(yearMonth.strip());
        } catch (DateTimeParseException e) {
            throw new CommandException("月份格式不正确，应为YYYY-MM，例如2025-10：" + yearMonth
                    + " / Invalid month, expected YYYY-MM such as 2025-10: " + yearMonth);
        }
    }

    /**
     * Each cell is 6 terminal columns: a Chinese character is 2 wide, so the header is
     * "一 Mo " and a day is "%3d" plus a 2-wide mark (休 / 班 / two spaces) plus a space.
     */
    private static void printGrid(PrintStream out, YearMonth month, List<CalendarDay> days) {
        StringBuilder header = new StringBuilder();
        for (DayOfWeek w : DayOfWeek.values()) {
            header.append(WEEKDAYS_ZH[w.ordinal()]).append(' ')
                    .append(w.getDisplayName(TextStyle.SHORT, Locale.ENGLISH), 0, 2).append(' ');
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
                return "休";
            case MAKE_UP_WORKING_DAY:
            case LOCAL_WORKING_DAY:
                return "班";
            default:
                return "  ";
        }
    }

    static String weekday(DayOfWeek day) {
        return "周" + WEEKDAYS_ZH[day.ordinal()] + " " + day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    static String festival(CalendarDay d) {
        String zh = d.nameZh == null ? "" : d.nameZh;
        String en = d.nameEn == null ? "" : d.nameEn;
        return (zh + " " + en).strip();
    }

    /** design.md section 4: say loudly that a year without a schedule is counted on weekends alone. */
    static String unscheduledWarning(Collection<Integer> years) {
        String list = years.toString().replaceAll("[\\[\\]]", "");
        return "警告：" + list + "年没有节假日安排，工作日仅按周末计算，期限可能落在法定节假日；"
                + "请按国务院办公厅通知在 etc/cn.lyg.talent.calendar.cfg 中补充（见 docs/working-days.md）"
                + System.lineSeparator()
                + "WARNING: no holiday schedule for " + list + ": working days are counted on weekends alone and a "
                + "deadline may fall on a public holiday; add the schedule in etc/cn.lyg.talent.calendar.cfg "
                + "(docs/working-days.md)";
    }
}
