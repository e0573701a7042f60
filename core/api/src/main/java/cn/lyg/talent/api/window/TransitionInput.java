package cn.lyg.talent.api.window;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a transition needs besides the action. {@code comment} is the reason of a return,
 * rejection, redirect or withdrawal; {@code unit} the target of a dispatch or redirect;
 * {@code reply} the unit's answer on resolve; {@code step} and {@code promisedDate} a delay;
 * {@code followUpMethod} the follow-up. {@code version}, when given, must be the ticket's
 * current version, so that a decision on a stale screen is refused. {@code values} are for the
 * service's own handler (e.g. the school a child is placed in); the service guide names them.
 */
public class TransitionInput {
    public String comment;
    public String unit;
    public String reply;
    public Step step;
    public LocalDate promisedDate;
    public FollowUpMethod followUpMethod;
    public Long version;
    public Map<String, String> values = new LinkedHashMap<>();
}
