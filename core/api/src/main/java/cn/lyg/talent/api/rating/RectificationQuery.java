package cn.lyg.talent.api.rating;

/** Filters of a search for rectifications; null means any. */
public class RectificationQuery {
    public RectificationStatus status;
    /** The unit that rectifies. */
    public String unit;
    /** Only rectifications past their due time and not yet rectified. */
    public Boolean overdue;
    public int offset;
    public int limit = 20;
}
