package cn.lyg.talent.api.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * What a service is: its code, names, the units responsible for it (Art.5), its guide (Art.6)
 * and its application form.
 * <p>
 * {@code jurisdiction} is null for a service offered everywhere (the city's); a county or
 * district code makes the definition apply to that jurisdiction only (Art.9), where it replaces
 * a city service of the same code when its ranking is higher.
 */
public class ServiceDefinition {
    /** Lower case words joined by hyphens, e.g. {@code child-schooling}; stable for ever. */
    public String code;
    public Text name;
    public Text description;
    /** The article the service implements, e.g. {@code Art.4.2}; optional. */
    public String article;
    /** Codes of the responsible units; the first is where the window dispatches by default. */
    public List<String> units = new ArrayList<>();
    public String jurisdiction;
    public ServiceGuide guide = new ServiceGuide();
    public List<FormField> form = new ArrayList<>();
    /**
     * The bundle (symbolic name) whose rules or handler do the service's work, null for none: a
     * service whose work a plugin does (numbering a card, checking it at the gate) is offered only
     * while that plugin contributes a rule or handler for it, so it takes no request nobody could
     * carry out, and its tickets wait (SERVICE_NOT_OFFERED) until the plugin runs again.
     * Descriptor: {@code <service requires-plugin="cn.lyg.talent.plugin.goldcard">}.
     *
     * @since 1.5
     */
    public String requiredPlugin;
}
