package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "resubmit", description = "Resubmits a returned request with the materials / 重新提交")
@Service
public class TicketResubmit extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.RESUBMIT;
    }
}
