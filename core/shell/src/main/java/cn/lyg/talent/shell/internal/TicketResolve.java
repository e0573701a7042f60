package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;

@Command(scope = "ticket", name = "resolve",
        description = "在3个工作日内办结申请并答复（第七条） / Completes the request with a reply, within 3 working days (Art.7)")
@Service
public class TicketResolve extends TicketTransitionCommand {

    @Option(name = "--reply", aliases = "-r", description = "答复内容 / The reply to the talent", required = true)
    String reply;

    @Override
    protected TicketAction action() {
        return TicketAction.RESOLVE;
    }

    @Override
    protected void fill(TransitionInput in) {
        in.reply = reply;
    }
}
