package cn.lyg.talent.api.window;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a transition needs besides the action. {@code comment} is the reason of a return,
 * rejection, redirect or withdrawal; {@code unit} the target of a dispatch or redirect, a unit
 * answering for the service (Art.5; for a dispatch, null means the service's first responsible
 * unit); {@code reply} the unit's answer on resolve; {@code step} and {@code promisedDate} a delay;
 * {@code followUpMethod} the follow-up. {@code version}, when given, must be the ticket's
 * current version, so that a decision on a stale screen is refused. {@code values} are for the
 * service's own handler (e.g. the school a child is placed in); the service guide names them.
 * {@code form}, on a resubmission only, is the corrected form in full, as at submission (the
 * materials a return asked for); it is checked as at submission and replaces the stored one, and
 * the history names what changed. Absent, the form stays as it was.
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
    /** @since 1.1 */
    public Map<String, Object> form;
}
