package cn.lyg.talent.api.calendar;

import java.time.LocalDate;

/** One day as the calendar sees it; {@code nameZh}/{@code nameEn} name the festival, if any. */
public class CalendarDay {
    public LocalDate date;
    public DayKind kind;
    public String nameZh;
    public String nameEn;
    /** False when the date's year has no official schedule: only weekends were considered. */
    public boolean scheduled;
}
