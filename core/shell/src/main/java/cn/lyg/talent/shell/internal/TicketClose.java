package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "close", description = "回访后将已办结的事项结案归档 / Closes a resolved ticket after the follow-up")
@Service
public class TicketClose extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.CLOSE;
    }
}
