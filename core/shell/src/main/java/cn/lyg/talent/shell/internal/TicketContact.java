package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;

@Command(scope = "ticket", name = "contact",
        description = "记录责任单位在1个工作日内与人才的首次联系（第七条） / Records the unit's first contact with the talent, within 1 working day (Art.7)")
@Service
public class TicketContact extends TicketTransitionCommand {

    @Override
    protected TicketAction action() {
        return TicketAction.CONTACT;
    }
}
