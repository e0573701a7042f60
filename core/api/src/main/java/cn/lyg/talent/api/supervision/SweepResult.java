package cn.lyg.talent.api.supervision;

/** What one sweep raised. */
public class SweepResult {
    public int overdueNotices;
    public int warnings;
    /** Rectifications of bad ratings past their due time and not rectified. */
    public int rectificationNotices;
}
