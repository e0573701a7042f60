package cn.lyg.talent.shell.internal;


import org.apache.karaf.shell.api.action.lifecycle.Reference;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.Ticket;

/** Base of the ticket commands: the window service and times shown in the instance's zone. */
public abstract class TicketCommandSupport extends TalentCommandSupport {

    @Reference
    protected OneStopWindow window;


    @Reference
    protected UnitDirectory units;

    @Reference
    protected cn.lyg.talent.api.catalog.ServiceCatalog catalog;

    /** A unit as a clerk reads it: its Chinese name; no unit is the window's own step. */
    protected String unitName(String code) {
        if (code == null) {
            return "一站式窗口 window";
        }
        return units.get(code).map(u -> u.nameZh).orElse(code);
    }

    /** A service as a clerk reads it: its Chinese name where the ticket belongs, else its code. */
    protected String serviceName(String code, String jurisdiction) {
        return definition(code, jurisdiction).map(d -> d.name.zh).orElse(code);
    }

    protected java.util.Optional<cn.lyg.talent.api.catalog.ServiceDefinition> definition(String code, String jurisdiction) {
        return catalog.get(code, jurisdiction == null ? settings.jurisdiction() : jurisdiction)
                .map(e -> e.definition).filter(d -> d != null && d.name != null);
    }

    /**
     * A unit filter naming no unit would list nothing, which reads as "no tickets": the clerk
     * is told the code is unknown instead.
     */
    protected String knownUnit(String code) throws org.apache.karaf.shell.support.CommandException {
        String given = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (given != null && units.get(given).isEmpty()) {
            throw new org.apache.karaf.shell.support.CommandException("UNIT_UNKNOWN: 没有代码为 " + code.strip()
                    + " 的责任单位（unit:list 列出全部）/ No responsible unit has the code " + code.strip() + " (unit:list lists them)");
        }
        return given;
    }

    /** One line on the ticket's new state and next deadline, answered by every transition. */
    protected void printOutcome(Ticket t) {
        System.out.println("事项 Ticket " + t.number + " → " + Names.both(t.state) + "   下一时限 next due: "
                + (t.nextDueAt == null ? "-" : time(t.nextDueAt) + " (" + settings.zone() + ")")
                + "   version " + t.version);
    }

    /**
     * An option's value among an enum's codes, in any case (as REST queries take them); else an
     * error naming the option and the codes in both languages, instead of Karaf's message
     * naming a Java type.
     */
    static <E extends Enum<E>> E choice(String option, String value, Class<E> type)
            throws org.apache.karaf.shell.support.CommandException {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String codes = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(java.util.stream.Collectors.joining(", "));
            throw new org.apache.karaf.shell.support.CommandException("INVALID_CHOICE: 选项 " + option + " 的值 " + value
                    + " 无效，应为以下之一：" + codes + " / Option " + option + ": " + value + " is not one of: " + codes);
        }
    }

    /** Form values given as {@code -f name=value}; a name repeated is a multiple choice. */
    static java.util.Map<String, Object> form(java.util.List<String> fields)
            throws org.apache.karaf.shell.support.CommandException {
        java.util.Map<String, Object> form = new java.util.LinkedHashMap<>();
        for (String f : fields == null ? java.util.List.<String>of() : fields) {
            java.util.Map.Entry<String, String> named = nameValue(f, "表单值须写作 名称=值 / A form value is written name=value: ");
            Object before = form.get(named.getKey());
            if (before == null) {
                form.put(named.getKey(), named.getValue());
            } else {
                java.util.List<Object> values = before instanceof java.util.List<?> l ? new java.util.ArrayList<>(l)
                        : new java.util.ArrayList<>(java.util.List.of(before));
                values.add(named.getValue());
                form.put(named.getKey(), values);
            }
        }
        return form;
    }

    /** {@code name=value} as given on the command line; {@code refusal} leads the error for anything else. */
    static java.util.Map.Entry<String, String> nameValue(String given, String refusal)
            throws org.apache.karaf.shell.support.CommandException {
        int eq = given.indexOf('=');
        if (eq < 1) {
            throw new org.apache.karaf.shell.support.CommandException(refusal + given);
        }
        return java.util.Map.entry(given.substring(0, eq).strip(), given.substring(eq + 1));
    }
}
