package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "accept", description = "Accepts a submitted request (Art.7) / 受理")
@Service
public class TicketAccept extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.ACCEPT;
    }
}
