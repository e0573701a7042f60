package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "return",
        description = "将缺少材料的申请退回补正，--comment 写明缺少哪些材料 / Returns a request for missing materials; --comment says what is missing")
@Service
public class TicketReturn extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.RETURN;
    }
}
