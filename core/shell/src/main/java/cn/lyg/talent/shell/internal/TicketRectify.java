package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "ticket", name = "rectify",
        description = "登记责任单位已完成的整改（一站式服务窗口自身的整改由窗口登记） / Records what the responsible unit (the window for its own) rectified")
@Service
public class TicketRectify extends RectificationCommandSupport {

    @Option(name = "--text", aliases = "-t", description = "整改结果 / What was rectified", required = true)
    String text;

    @Override
    protected Object run() {
        printOutcome(ratings.rectify(rectification, text, actor()));
        return null;
    }
}
