package cn.lyg.talent.api.supervision;

import java.util.EnumMap;
import java.util.Map;

import cn.lyg.talent.api.rating.RatingLevel;

/**
 * One party's record over a period (Art.8): a responsible unit, or a jurisdiction's one-stop
 * window (for dispatch and follow-up, and the ratings at acceptance).
 *
 * @since 1.1
 */
public class AssessmentRow {
    /** The jurisdiction of the tickets; null in the total. */
    public String jurisdiction;
    /** The responsible unit; null for the one-stop window (and in the total). */
    public String unit;

    /**
     * Art.7 deadlines that fell in the period (a step counts in the period of the due time the
     * rule gave it, before any delay): each done on time, on time with a delay filed in time,
     * late, or still open past its due time (overdue). Steps cancelled by a return, rejection,
     * withdrawal or redirect are not counted; {@code pending} are open and not yet due.
     */
    public int onTime;
    public int onTimeWithDelay;
    public int late;
    public int overdue;
    public int pending;
    /** (on time + on time with delay) / (on time + with delay + late + overdue); null without any. */
    public Double onTimeRate;
    /** Supervision notices (督办) raised in the period for missed deadlines. */
    public int overdueNotices;

    /** Valid ratings given in the period at acceptance (the window) or at completion (the unit), by level. */
    public Map<RatingLevel, Integer> ratings = new EnumMap<>(RatingLevel.class);
    /** (非常满意 + 满意 + 基本满意) / all valid ratings; null without any. */
    public Double satisfactionRate;

    /** Rectifications of bad ratings opened in the period (not those withdrawn on appeal). */
    public int rectifications;
    public int rectifiedOnTime;
    public int rectifiedLate;
    /** Not rectified, and past their due time now. */
    public int rectificationsOverdue;
}
