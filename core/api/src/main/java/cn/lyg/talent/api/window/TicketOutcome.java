package cn.lyg.talent.api.window;

import java.time.Instant;
import java.util.Map;

/**
 * A record a service plugin left on a ticket: an outcome of its handler (a placement, an amount,
 * a card number) or, with {@code failure} set, a rule or handler that failed, which the clerk
 * must look at. Append-only.
 */
public class TicketOutcome {
    public Instant at;
    public TicketAction action;
    /** The plugin: bundle and version. */
    public String plugin;
    public boolean failure;
    public String summaryZh;
    public String summaryEn;
    public Map<String, String> values;
}
