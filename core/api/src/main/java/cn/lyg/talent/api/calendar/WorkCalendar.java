package cn.lyg.talent.api.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The jurisdiction's working-day calendar (design.md section 4). Official schedules ship with
 * the platform; a jurisdiction adds a year or a local day off by configuration at run time.
 * A question about a year without a schedule is answered from weekends alone and raises a
 * visible warning (log, console, {@link #unscheduledYearsAsked()}).
 */
@ProviderType
public interface WorkCalendar {

    boolean isWorkingDay(LocalDate date);

    CalendarDay day(LocalDate date);

    /** Every day of a month, for display. */
    List<CalendarDay> month(YearMonth month);

    /**
     * "N working days after t" (Art.7, design.md section 4): close of office on the N-th working
     * day after the calendar date of {@code t} in the calendar's zone. {@code n} must be at least 1.
     */
    ZonedDateTime workingDaysAfter(Instant t, int n);

    /** Working days d with {@code from < d <= to}; negative when {@code to} is before {@code from}. */
    long workingDaysBetween(LocalDate from, LocalDate to);

    ZoneId zone();

    LocalTime officeOpens();

    LocalTime officeCloses();

    /** Years with an official or configured schedule. */
    Set<Integer> scheduledYears();

    /** Years without a schedule that a question has touched since start; empty when all is well. */
    Set<Integer> unscheduledYearsAsked();
}
