package cn.lyg.talent.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.supervision.Assessment;
import cn.lyg.talent.api.supervision.AssessmentQuery;
import cn.lyg.talent.api.supervision.AssessmentRow;
import cn.lyg.talent.api.supervision.Supervision;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "ticket", name = "assessment",
        description = "市人才办对一个期间的考核：各责任单位的按期办结、督办通知、评价和整改情况（第八条） / The talent office's assessment of a period: deadlines kept, notices, ratings, "
                + "rectifications per unit (Art.8)")
@Service
public class TicketAssessment extends TicketCommandSupport {

    @Reference
    private Supervision supervision;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Option(name = "--from", aliases = "-f",
            description = "起始日（YYYY-MM-DD），默认为本月1日 / First day (YYYY-MM-DD); default: the first of the month")
    String from;

    @Option(name = "--to", aliases = "-t",
            description = "截止日（YYYY-MM-DD，含当日）；默认：给出 --from 时为今天，否则为本月末日 / "
                    + "Last day (YYYY-MM-DD), included; default: with --from today, else the end of this month")
    String to;

    @Option(name = "--jurisdiction", aliases = "-j", description = "仅该辖区及其下级辖区 / Only this jurisdiction and those inside it")
    String jurisdiction;

    @Override
    protected Object run() throws CommandException {
        AssessmentQuery q = new AssessmentQuery();
        q.from = Dates.parse("--from", from);
        q.to = Dates.parse("--to", to);
        q.jurisdiction = jurisdiction;
        Assessment a = supervision.assess(q, actor());
        System.out.println(ConsoleText.label("ticket.assessment.period") + ": " + a.from + " – " + a.to + "   ("
                + ConsoleText.label("ticket.assessment.computed") + " " + time(a.computedAt) + ")");
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("ticket.assessment.jurisdiction"));
        table.column(ConsoleText.label("ticket.assessment.party")).maxWidth(30).wrap();
        table.column(ConsoleText.label("ticket.assessment.onTime")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.withDelay")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.late")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.overdue")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.pending")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.onTimeRate")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.notices")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.ratings")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.satisfaction")).alignRight();
        table.column(ConsoleText.label("ticket.assessment.rectifications"));
        for (AssessmentRow r : a.rows) {
            row(table, jurisdictionName(jurisdictions, r.jurisdiction), unitName(r.unit), r);
        }
        row(table, "", ConsoleText.label("ticket.assessment.total"), a.total);
        table.print(System.out);
        System.out.println(ConsoleText.both("ticket.assessment.note"));
        return null;
    }

    private static void row(ConsoleTable table, String jurisdiction, String party, AssessmentRow r) {
        int rated = r.ratings.values().stream().mapToInt(Integer::intValue).sum();
        int bad = r.ratings.getOrDefault(RatingLevel.DISSATISFIED, 0) + r.ratings.getOrDefault(RatingLevel.VERY_DISSATISFIED, 0);
        table.row(jurisdiction, party, r.onTime, r.onTimeWithDelay, r.late, r.overdue, r.pending, percent(r.onTimeRate),
                r.overdueNotices, rated + (bad == 0 ? "" : " (" + bad + " " + ConsoleText.label("ticket.assessment.bad") + ")"),
                percent(r.satisfactionRate), r.rectifications + " (" + r.rectifiedOnTime + "/" + r.rectifiedLate + "/"
                        + r.rectificationsOverdue + ")");
    }

    private static String percent(Double rate) {
        return rate == null ? "-" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }
}
