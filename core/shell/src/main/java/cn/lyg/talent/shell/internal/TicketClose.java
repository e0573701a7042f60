package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "close", description = "Closes a resolved ticket after the follow-up / 归档")
@Service
public class TicketClose extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.CLOSE;
    }
}
