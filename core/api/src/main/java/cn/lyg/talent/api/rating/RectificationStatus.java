package cn.lyg.talent.api.rating;

public enum RectificationStatus {
    /** Opened by a bad rating; awaiting call-back and rectification. */
    OPEN,
    /** The window called the talent back and verified the complaint. */
    CALLED_BACK,
    /** The unit recorded what it rectified; awaiting the talent's re-rating. */
    RECTIFIED,
    /** The talent rated the rectification. */
    RE_RATED,
    /** The rating was voided on appeal. */
    VOIDED
}
