package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import cn.lyg.talent.api.window.FollowUpMethod;
import cn.lyg.talent.api.window.TicketAction;
import cn.lyg.talent.api.window.TransitionInput;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;

@Command(scope = "ticket", name = "follow-up", description = "记录一站式服务窗口的回访（第七条） / Records the window's follow-up visit (Art.7)")
@Service
public class TicketFollowUp extends TicketTransitionCommand {

    @Completion(EnumCompleters.FollowUpMethodCompleter.class)
    @Option(name = "--method", aliases = "-m",
            description = "回访方式：PHONE（电话）、VISIT（上门）或 ONLINE（网上） / PHONE, VISIT or ONLINE", required = true)
    String method;

    @Override
    protected TicketAction action() {
        return TicketAction.FOLLOW_UP;
    }

    @Override
    protected void fill(TransitionInput in) throws Exception {
        in.followUpMethod = choice("--method", method, FollowUpMethod.class);
    }
}
