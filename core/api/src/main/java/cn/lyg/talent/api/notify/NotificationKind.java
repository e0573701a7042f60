package cn.lyg.talent.api.notify;

public enum NotificationKind {
    /** A ticket moved on (Art.6 "results are fed back centrally"). */
    TRANSITION,
    /** A deadline is near: the morning of the due day by default. */
    DEADLINE_WARNING,
    /** A deadline passed with the step undone: a supervision notice (督办, Art.8). */
    SUPERVISION_NOTICE
}
