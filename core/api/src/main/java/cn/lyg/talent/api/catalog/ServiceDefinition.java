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
     * Whether the service is offered only while a handler serves it: a service whose work a
     * plugin does (numbering a card, keeping a register) must not take requests it cannot carry
     * out, and its tickets wait (SERVICE_NOT_OFFERED) until the plugin runs again. Descriptor:
     * {@code <service handler="required">}.
     *
     * @since 1.5
     */
    public boolean handlerRequired;
}
