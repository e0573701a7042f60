package cn.lyg.talent.shell.internal;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Names;
import java.util.List;

import cn.lyg.talent.api.catalog.FormField;
import cn.lyg.talent.api.catalog.ServiceDefinition;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketEvent;
import cn.lyg.talent.api.window.TicketStep;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "ticket", name = "show", description = "Shows a ticket: deadlines and history / 事项详情")
@Service
public class TicketShow extends TicketCommandSupport {

    @Argument(index = 0, name = "id", description = "Ticket id or number (320706-20261126-0001)", required = true)
    String id;

    @Override
    protected Object run() {
        Ticket t = window.get(id, actor());
        PrintStream out = System.out;
        out.println("编号 Number      " + t.number + "   (" + t.id + ", version " + t.version + ")");
        out.println("人才 Talent      " + t.talentName + "   电话 Phone " + t.talentPhone);
        java.util.Optional<ServiceDefinition> definition = definition(t.serviceCode, t.jurisdiction);
        out.println("服务 Service     " + definition.map(d -> d.name.zh + " / " + d.name.en + " (" + t.serviceCode + ")")
                .orElse(t.serviceCode) + "   渠道 Channel " + Names.both(t.channel));
        out.println("单位 Unit        " + (t.unit == null ? "-" : unitName(t.unit) + " (" + t.unit + ")"));
        out.println("状态 State       " + Names.both(t.state) + "   下一时限 Next due " + time(t.nextDueAt));
        out.println("提供者 Provider  " + (t.serviceProvider == null ? "-" : t.serviceProvider + " (" + origin(t.serviceOrigin) + ")")
                + (t.serviceOffered ? "" : "   该服务事项暂停提供 service no longer offered"));
        out.println("诉求 Request     " + t.description);
        List<FormField> fields = definition.map(d -> d.form).orElse(List.of());
        t.form.forEach((k, v) -> out.println("表单 Form        " + FormShown.label(fields, k) + "：" + FormShown.value(fields, k, v)));
        for (cn.lyg.talent.api.window.TicketOutcome o : t.outcomes) {
            out.println((o.failure ? "插件出错 FAILURE " : "办理结果 Outcome ") + Names.both(o.action) + " " + o.plugin + ": "
                    + o.summaryZh + " / " + o.summaryEn + (o.values.isEmpty() ? "" : "（" + FormShown.values(o.values) + "）"));
        }
        if (t.reply != null) {
            out.println("答复 Reply       " + t.reply);
        }
        ConsoleTable steps = new ConsoleTable();
        steps.column("环节 Step");
        steps.column("单位 Unit");
        steps.column("时限 Due");
        steps.column("原时限 Original due");
        steps.column("完成 Done");
        steps.column("情况 Status");
        steps.column("延期说明 Delay").maxWidth(40).wrap();
        for (TicketStep s : t.steps) {
            steps.row(s.step, unitName(s.unit), time(s.dueAt),
                    s.originalDueAt.equals(s.dueAt) ? "" : time(s.originalDueAt), time(s.doneAt), s.status,
                    s.delayExplanation == null ? "" : s.delayExplanation);
        }
        steps.print(out);
        ConsoleTable history = new ConsoleTable();
        history.column("#").alignRight();
        history.column("时间 At");
        history.column("操作人 Who");
        history.column("操作 Action");
        history.column("状态 From → To");
        history.column("单位 Unit");
        history.column("时限 Due");
        history.column("说明 Comment").maxWidth(40).wrap();
        for (TicketEvent e : t.history) {
            history.row(e.sequence, time(e.at), e.actor, e.action,
                    (e.fromState == null ? "" : Names.both(e.fromState) + " → ") + Names.both(e.toState), e.unit == null ? "" : unitName(e.unit),
                    e.dueAt == null ? "" : time(e.dueAt) + (e.late ? " 超时 late" : ""),
                    e.comment == null ? "" : e.comment);
        }
        history.print(out);
        return null;
    }

    /** The catalog origin recorded on the ticket (a ServiceOrigin code) by its names. */
    private static String origin(String code) {
        return java.util.Arrays.stream(cn.lyg.talent.api.catalog.ServiceOrigin.values())
                .filter(o -> o.name().equals(code)).findFirst().map(Names::both).orElse(code);
    }
}
