package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "reject", description = "对申请不予受理并说明理由（--comment） / Rejects a request with a reason (--comment)")
@Service
public class TicketReject extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.REJECT;
    }
}
