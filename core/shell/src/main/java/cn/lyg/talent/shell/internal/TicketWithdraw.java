package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "withdraw", description = "在办结前撤回申请 / Withdraws a request before it is resolved")
@Service
public class TicketWithdraw extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.WITHDRAW;
    }
}
