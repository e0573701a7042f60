package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.api.rating.Rectification;
import cn.lyg.talent.api.rating.RectificationQuery;
import cn.lyg.talent.api.rating.RectificationStatus;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;
import cn.lyg.talent.shell.internal.completers.UnitCodeCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "ticket", name = "rectifications",
        description = "列出等待您办理的差评整改，最早到期的在前 / Lists the rectifications of bad ratings waiting on you, soonest due first")
@Service
public class TicketRectifications extends TicketCommandSupport {

    @Reference
    private Ratings ratings;

    @Completion(EnumCompleters.RectificationStatusCompleter.class)
    @Option(name = "--status", aliases = "-s",
            description = "状态：OPEN（待回访核实）、CALLED_BACK（待整改）、RECTIFIED（待复评）、RE_RATED（已复评）、VOIDED（已作废） / "
                    + "OPEN (to call back), CALLED_BACK (to rectify), RECTIFIED (to re-rate), RE_RATED, VOIDED")
    String status;

    @Completion(UnitCodeCompleter.class)
    @Option(name = "--unit", aliases = "-u", description = "责任单位代码 / Responsible unit code")
    String unit;

    @Option(name = "--overdue", description = "仅已过时限且尚未整改的 / Only those past their due time and not rectified")
    boolean overdue;

    @Option(name = "--limit", aliases = "-l", description = "最多条数（1-200） / At most this many (1-200)")
    String limit;

    @Override
    protected Object run() throws CommandException {
        RectificationQuery q = new RectificationQuery();
        q.status = choice("--status", status, RectificationStatus.class);
        q.unit = knownUnit(unit);
        q.overdue = overdue ? Boolean.TRUE : null;
        q.limit = count("--limit", limit, 50);
        Page<Rectification> page = ratings.rectifications(q, actor());
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("ticket.rectifications.rectification"));
        table.column(ConsoleText.label("ticket.rectifications.ticket"));
        table.column(ConsoleText.label("ticket.rectifications.unit"));
        table.column(ConsoleText.label("ticket.rectifications.status"));
        table.column(ConsoleText.label("ticket.rectifications.due"));
        for (Rectification r : page.items) {
            table.row(r.id, r.ticketNumber, unitName(r.unit), r.status,
                    time(r.dueAt) + (r.late ? " " + ConsoleText.label("common.late") : ""));
        }
        table.print(System.out);
        System.out.println(pageLine(page));
        return null;
    }
}
