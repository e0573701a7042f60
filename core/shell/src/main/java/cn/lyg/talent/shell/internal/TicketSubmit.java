package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketInput;

@Command(scope = "ticket", name = "submit",
        description = "Submits a request at the window on a talent's behalf (Art.6 offline) / 窗口代为提交")
@Service
public class TicketSubmit extends TicketCommandSupport {

    @Option(name = "--talent", aliases = "-t", description = "Talent id", required = true)
    String talentId;

    @Option(name = "--service", aliases = "-s", description = "Service code (unit:list shows them)", required = true)
    String service;

    @Option(name = "--description", aliases = "-d", description = "What the talent asks for / 诉求", required = true)
    String description;

    @Override
    protected Object run() {
        TicketInput in = new TicketInput();
        in.talentId = talentId;
        in.serviceCode = service;
        in.description = description;
        Ticket t = window.submit(in, actor());
        System.out.println("已提交 Submitted " + t.number + " (" + t.id + ")");
        printOutcome(t);
        return null;
    }
}
