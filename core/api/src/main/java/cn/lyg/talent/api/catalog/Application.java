package cn.lyg.talent.api.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.lyg.talent.api.registry.Talent;

/**
 * A submission as a rule sees it: the talent (with family and certifications), the day it is
 * made on, the jurisdiction of the ticket and the validated form values (see {@link FieldType}
 * for their Java types). Rules must treat it as read-only.
 */
public class Application {
    public String serviceCode;
    public String jurisdiction;
    public LocalDate date;
    public Talent talent;
    public Map<String, Object> form = new LinkedHashMap<>();
    /**
     * On submission and on a resubmission, the numbers of the talent's other requests of the
     * same service that are not finished yet (not closed, rejected or withdrawn), oldest first:
     * a service given once at a time (a gold card, Art.4.5) refuses a second while one is under
     * way. Empty in the application a handler sees at other transitions.
     *
     * @since 1.4
     */
    public List<String> openRequests = new ArrayList<>();
    /**
     * The forms of those requests, by number, typed as {@link #form}: a service given once at a
     * time per person of the family (a child's school place, Art.4.2) tells which one each is for.
     *
     * @since 1.7
     */
    public Map<String, Map<String, Object>> openRequestForms = new LinkedHashMap<>();
}
