package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.supervision.Supervision;
import cn.lyg.talent.api.supervision.SupervisionNotice;
import cn.lyg.talent.api.supervision.SweepResult;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;
import cn.lyg.talent.shell.internal.completers.UnitCodeCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "ticket", name = "notices",
        description = "列出超过期限的督办通知（第八条）；--sweep 先立即发出当前应发的督办通知 / Lists supervision notices for missed deadlines (Art.8); --sweep raises what is due now")
@Service
public class TicketNotices extends TicketCommandSupport {

    @Reference
    private Supervision supervision;

    @Completion(EnumCompleters.NoticeKindCompleter.class)
    @Option(name = "--kind", aliases = "-k", description = "类型：OVERDUE（超时督办）或 WARNING（临期预警） / OVERDUE or WARNING")
    String kind;

    @Completion(UnitCodeCompleter.class)
    @Option(name = "--unit", aliases = "-u", description = "责任单位代码 / Responsible unit code")
    String unit;

    @Option(name = "--sweep", description = "列出前先立即进行督办检查 / Run the supervision sweep now, before listing")
    boolean sweep;

    @Option(name = "--limit", aliases = "-l", description = "最多条数（1-200） / At most this many (1-200)")
    String limit;

    @Override
    protected Object run() throws CommandException {
        if (sweep && !actor().hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw new CommandException(ConsoleText.refusal("SWEEP_FORBIDDEN", "error.SWEEP_FORBIDDEN"));
        }
        if (sweep) {
            SweepResult r = supervision.sweep();
            System.out.println(ConsoleText.label("ticket.notices.sweep") + ": " + r.overdueNotices + " "
                    + ConsoleText.label("ticket.notices.sweep.overdue") + ", " + r.warnings + " "
                    + ConsoleText.label("ticket.notices.sweep.warnings") + ", " + r.rectificationNotices + " "
                    + ConsoleText.label("ticket.notices.sweep.rectifications"));
        }
        Page<SupervisionNotice> page = supervision.notices(choice("--kind", kind, NoticeKind.class), knownUnit(unit), actor(), 0, count("--limit", limit, 50));
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("ticket.notices.kind"));
        table.column(ConsoleText.label("ticket.notices.ticket"));
        table.column(ConsoleText.label("ticket.notices.step"));
        table.column(ConsoleText.label("ticket.notices.unit"));
        table.column(ConsoleText.label("ticket.notices.due"));
        table.column(ConsoleText.label("ticket.notices.raised"));
        for (SupervisionNotice n : page.items) {
            table.row(n.kind, n.ticketNumber, n.step == null ? Names.both(RatingStage.RECTIFICATION) : n.step,
                    unitName(n.unit),
                    time(n.dueAt), time(n.raisedAt));
        }
        table.print(System.out);
        System.out.println(pageLine(page));
        return null;
    }
}
