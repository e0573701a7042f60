package cn.lyg.talent.api.window;

/** How the window followed up (Art.7 回访). */
public enum FollowUpMethod {
    PHONE, VISIT, ONLINE
}
