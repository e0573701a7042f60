package cn.lyg.talent.api.supervision;

/** What one sweep raised. */
public class SweepResult {
    public int overdueNotices;
    public int warnings;
}
