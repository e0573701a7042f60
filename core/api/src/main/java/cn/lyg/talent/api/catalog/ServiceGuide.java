package cn.lyg.talent.api.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The service guide (服务指南, Art.6): what a talent reads before applying. The window publishes
 * it as a page generated from the definition and keeps every revision.
 */
public class ServiceGuide {
    /** Who may apply, beyond the core rule of Art.3. */
    public Text eligibility;
    public List<Text> materials = new ArrayList<>();
    public List<Text> steps = new ArrayList<>();
    /** Time limits, e.g. the Art.7 working days and any longer limit of the service itself. */
    public Text timeLimits;
    public Text fees;
    public Text contact;
}
