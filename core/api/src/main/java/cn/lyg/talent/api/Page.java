package cn.lyg.talent.api;

import java.util.List;

/** One page of a longer result. */
public class Page<T> {
    public List<T> items;
    /** Number of matches over all pages. */
    public long total;
    public int offset;
    public int limit;

    public Page() {
    }

    public Page(List<T> items, long total, int offset, int limit) {
        this.items = items;
        this.total = total;
        this.offset = offset;
        this.limit = limit;
    }
}
