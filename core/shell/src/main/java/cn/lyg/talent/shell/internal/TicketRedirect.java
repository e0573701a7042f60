package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.shell.internal.completers.UnitCodeCompleter;

@Command(scope = "ticket", name = "redirect",
        description = "将已交办的事项改派给另一责任单位；交办有误的记录仍留在原责任单位名下 / Sends a dispatched ticket on to another unit; the miss stays recorded")
@Service
public class TicketRedirect extends TicketTransitionCommand {

    @Completion(UnitCodeCompleter.class)
    @Option(name = "--unit", aliases = "-u", description = "应承办的责任单位代码 / The right unit's code", required = true)
    String unit;

    @Override
    protected TicketAction action() {
        return TicketAction.REDIRECT;
    }

    @Override
    protected void fill(TransitionInput in) {
        in.unit = unit;
    }
}
