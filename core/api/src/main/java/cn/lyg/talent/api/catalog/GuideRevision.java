package cn.lyg.talent.api.catalog;

import java.time.Instant;

/**
 * One published revision of a service guide. A new revision is recorded whenever the guide
 * generated from the definition in force changes; old ones stay readable.
 */
public class GuideRevision {
    public String serviceCode;
    public String jurisdiction;
    public int revision;
    public Instant publishedAt;
    /** Who provided the definition it was generated from. */
    public Provider provider;
    /** The guide as an HTML page, Chinese first. Null in lists. */
    public String html;
}
