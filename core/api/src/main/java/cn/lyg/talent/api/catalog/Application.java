package cn.lyg.talent.api.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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
}
