package cn.lyg.talent.shell.internal;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.ServiceDefinition;
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
    protected ServiceCatalog catalog;

    /** A unit as a clerk reads it: its Chinese name; no unit is the window's own step. */
    protected String unitName(String code) {
        if (code == null) {
            return ConsoleText.label("ticket.unit.window");
        }
        return units.get(code).map(u -> u.nameZh).orElse(code);
    }

    /** A service as a clerk reads it: its Chinese name where the ticket belongs, else its code. */
    protected String serviceName(String code, String jurisdiction) {
        return definition(code, jurisdiction).map(d -> d.name.zh).orElse(code);
    }

    protected Optional<ServiceDefinition> definition(String code, String jurisdiction) {
        return catalog.get(code, jurisdiction == null ? settings.jurisdiction() : jurisdiction)
                .map(e -> e.definition).filter(d -> d != null && d.name != null);
    }

    /**
     * A unit filter naming no unit would list nothing, which reads as "no tickets": the clerk
     * is told the code is unknown instead.
     */
    protected String knownUnit(String code) throws CommandException {
        String given = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (given != null && units.get(given).isEmpty()) {
            // Named as the other refusals name a field: by the option that gave it.
            throw new CommandException(ConsoleText.refusal("UNIT_UNKNOWN", "error.UNIT_UNKNOWN", code.strip())
                    + System.lineSeparator() + "  " + asTyped("unit") + ": " + ConsoleText.both("error.UNIT_UNKNOWN.field"));
        }
        return given;
    }

    /** One line on the ticket's new state and next deadline, answered by every transition. */
    protected void printOutcome(Ticket t) {
        System.out.println(ConsoleText.label("ticket.outcome.ticket") + " " + t.number + " → " + Names.both(t.state)
                + "   " + ConsoleText.label("ticket.outcome.nextDue") + ": "
                + (t.nextDueAt == null ? "-" : time(t.nextDueAt) + " (" + settings.zone() + ")")
                + "   " + ConsoleText.en("common.version") + " " + t.version);
    }

    /** Form values given as {@code -f name=value}; a name repeated is a multiple choice. */
    static Map<String, Object> form(List<String> fields)
            throws CommandException {
        Map<String, Object> form = new LinkedHashMap<>();
        for (String f : fields == null ? List.<String>of() : fields) {
            Map.Entry<String, String> named = nameValue(f, "ticket.form.notNameValue");
            Object before = form.get(named.getKey());
            if (before == null) {
                form.put(named.getKey(), named.getValue());
            } else {
                List<Object> values = before instanceof List<?> l ? new ArrayList<>(l)
                        : new ArrayList<>(List.of(before));
                values.add(named.getValue());
                form.put(named.getKey(), values);
            }
        }
        return form;
    }

    /** {@code name=value} as given on the command line; anything else is refused with the text {@code refusalKey}. */
    static Map.Entry<String, String> nameValue(String given, String refusalKey)
            throws CommandException {
        int eq = given.indexOf('=');
        if (eq < 1) {
            throw new CommandException(ConsoleText.refusal("NAME_VALUE_EXPECTED", refusalKey, given));
        }
        return Map.entry(given.substring(0, eq).strip(), given.substring(eq + 1));
    }
}
