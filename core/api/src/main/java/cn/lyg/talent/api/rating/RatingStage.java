package cn.lyg.talent.api.rating;

/** When a rating is given. */
public enum RatingStage {
    /** After the window accepted the request. */
    ACCEPTANCE,
    /** After the request was completed. */
    COMPLETION,
    /** The talent's rating of a rectification. */
    RECTIFICATION
}
