package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "accept", description = "受理已提交的申请（第七条） / Accepts a submitted request (Art.7)")
@Service
public class TicketAccept extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.ACCEPT;
    }
}
