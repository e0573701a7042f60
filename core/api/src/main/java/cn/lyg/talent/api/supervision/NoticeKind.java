package cn.lyg.talent.api.supervision;

public enum NoticeKind {
    /** The deadline is near and the step is not done (the morning of the due day by default). */
    WARNING,
    /** The deadline passed with the step undone: a supervision notice (督办). */
    OVERDUE
}
