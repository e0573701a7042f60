package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.shell.internal.completers.UnitCodeCompleter;

@Command(scope = "ticket", name = "dispatch",
        description = "在1个工作日内将事项交办给责任单位（第七条） / Dispatches to the responsible unit, within 1 working day (Art.7)")
@Service
public class TicketDispatch extends TicketTransitionCommand {

    @Completion(UnitCodeCompleter.class)
    @Option(name = "--unit", aliases = "-u",
            description = "负责该服务事项的责任单位（见 unit:list、catalog:show）；默认为该服务事项的第一个责任单位 / "
                    + "A unit answering for the service (unit:list, catalog:show); default: the service's first responsible unit")
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
