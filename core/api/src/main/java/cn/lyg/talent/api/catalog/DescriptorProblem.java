package cn.lyg.talent.api.catalog;

import java.time.Instant;

/** A descriptor that could not be read into a service; the other services are not affected. */
public class DescriptorProblem {
    /** The bundle it came from, or null for a file dropped into the watched folder. */
    public String bundle;
    /** The file, as a path inside the bundle or on disk. */
    public String source;
    public String message;
    public Instant seenAt;
}
