package cn.lyg.talent.api.rating;

/** The five national levels, best first. */
public enum RatingLevel {
    /** 非常满意 */
    VERY_SATISFIED,
    /** 满意 */
    SATISFIED,
    /** 基本满意 */
    BASICALLY_SATISFIED,
    /** 不满意 */
    DISSATISFIED,
    /** 非常不满意 */
    VERY_DISSATISFIED;

    /** 不满意 and 非常不满意 are bad ratings: each is called back and rectified. */
    public boolean isBad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
