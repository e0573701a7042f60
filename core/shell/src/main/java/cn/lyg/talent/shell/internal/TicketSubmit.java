package cn.lyg.talent.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketInput;
import cn.lyg.talent.shell.internal.completers.ServiceCodeCompleter;

@Command(scope = "ticket", name = "submit",
        description = "一站式服务窗口代人才提交申请（第六条，线下办理） / Submits a request at the window on a talent's behalf (Art.6 offline)")
@Service
public class TicketSubmit extends TicketCommandSupport {

    @Option(name = "--talent", aliases = "-t", description = "人才ID / Talent id", required = true)
    String talentId;

    @Option(name = "--service", aliases = "-s",
            description = "服务事项代码（catalog:list 列出全部） / Service code (catalog:list shows them)", required = true)
    @Completion(ServiceCodeCompleter.class)
    String service;

    @Option(name = "--description", aliases = "-d", description = "诉求 / What the talent asks for", required = true)
    String description;

    @Option(name = "--field", aliases = "-f", multiValued = true,
            description = "表单值，写作 名称=值（catalog:show 列出各字段）；多选时重复同一名称 / "
                    + "A form value as name=value (catalog:show lists the fields); repeat a name for a multiple choice")
    List<String> fields;

    @Override
    protected Object run() throws CommandException {
        TicketInput in = new TicketInput();
        in.talentId = talentId;
        in.serviceCode = service;
        in.description = description;
        in.form.putAll(form(fields));
        Ticket t = window.submit(in, actor());
        System.out.println(ConsoleText.label("ticket.submit.submitted") + " " + t.number + " (" + t.id + ")");
        printOutcome(t);
        return null;
    }
}
