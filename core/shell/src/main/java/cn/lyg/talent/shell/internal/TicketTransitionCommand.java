package cn.lyg.talent.shell.internal;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;

import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;

/** One command per transition of the ticket lifecycle (design.md section 3). */
public abstract class TicketTransitionCommand extends TicketCommandSupport {

    @Argument(index = 0, name = "id",
            description = "事项ID或编号（320706-20261126-0001） / Ticket id or number (320706-20261126-0001)", required = true)
    String id;

    @Option(name = "--comment", aliases = "-c", description = "说明 / Reason, note or explanation")
    String comment;

    @Option(name = "--version", description = "您查看时的版本；此后事项如有变动则拒绝办理 / The version you looked at; refused if the ticket changed since")
    String version;

    @Option(name = "--value", aliases = "-V", multiValued = true,
            description = "办理所需的数据项，写作 名称=值，如 school=...（服务指南列出各项） / "
                    + "A value for the service's handler as name=value, e.g. school=... (the service guide names them)")
    List<String> values;

    protected abstract TicketAction action();

    /** Lets a command add its own details. */
    protected void fill(TransitionInput in) throws Exception {
    }

    @Override
    protected Object run() throws Exception {
        TransitionInput in = new TransitionInput();
        in.comment = comment;
        in.version = whole("--version", version, null);
        for (String v : values == null ? List.<String>of() : values) {
            Map.Entry<String, String> named = nameValue(v, "ticket.value.notNameValue");
            in.values.put(named.getKey(), named.getValue());
        }
        fill(in);
        Ticket t = window.transition(id, action(), in, actor());
        printOutcome(t);
        return null;
    }
}
