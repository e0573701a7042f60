package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;

@Command(scope = "ticket", name = "dispatch", description = "Dispatches to the responsible unit, within 1 working day (Art.7) / 交办")
@Service
public class TicketDispatch extends TicketTransitionCommand {

    @Option(name = "--unit", aliases = "-u", description = "A unit answering for the service (unit:list, catalog:show); default: the service's first responsible unit")
    String unit;

    @Override
    protected TicketAction action() {
        return TicketAction.DISPATCH;
    }

    @Override
    protected void fill(TransitionInput in) {
        in.unit = unit;
    }
}
