package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ticket", name = "call-back",
        description = "记录一站式服务窗口为核实差评所作的回访 / Records the window's call-back verifying a bad rating")
@Service
public class TicketCallBack extends RectificationCommandSupport {

    @Option(name = "--text", aliases = "-t", description = "回访情况 / What the call-back found", required = true)
    String text;

    @Override
    protected Object run() {
        printOutcome(ratings.callBack(rectification, text, actor()));
        return null;
    }
}
