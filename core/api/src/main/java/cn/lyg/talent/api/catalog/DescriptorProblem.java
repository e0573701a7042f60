package cn.lyg.talent.api.catalog;

import java.time.Instant;

/**
 * A descriptor that could not be read into a service, a platform component that does not start
 * or a setting that does not fit its type; the other services are not affected.
 */
public class DescriptorProblem {
    /** The bundle it came from, or null for a file dropped into the watched folder. */
    public String bundle;
    /** The file, as a path inside the bundle or on disk. */
    public String source;
    /** What is wrong, in English. */
    public String message;
    /**
     * The same in Chinese, for the county operator who reads Chinese first; null where only the
     * English is known (a file that could not be read at all). An XML syntax error keeps the
     * parser's English words after its line.
     *
     * @since 1.4
     */
    public String messageZh;
    public Instant seenAt;
}
