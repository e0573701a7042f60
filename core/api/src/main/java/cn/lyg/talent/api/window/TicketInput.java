package cn.lyg.talent.api.window;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to the window. A talent submitting online leaves {@code talentId} out (their own
 * record is used); the window submitting offline names the talent.
 */
public class TicketInput {
    public String talentId;
    public String serviceCode;
    public String description;
    public Map<String, Object> form = new LinkedHashMap<>();
}
