package cn.lyg.talent.shell.internal;

import java.io.PrintStream;
import java.util.Arrays;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.catalog.ServiceOrigin;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketEvent;
import cn.lyg.talent.api.window.TicketOutcome;
import cn.lyg.talent.api.window.TicketStep;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "ticket", name = "show", description = "显示一件事项：各项期限和办理经过 / Shows a ticket: deadlines and history")
@Service
public class TicketShow extends TicketCommandSupport {

    @Argument(index = 0, name = "id",
            description = "事项ID或编号（320706-20261126-0001） / Ticket id or number (320706-20261126-0001)", required = true)
    String id;

    @Override
    protected Object run() {
        Ticket t = window.get(id, actor());
        PrintStream out = System.out;
        out.println(label("ticket.show.number") + t.number + "   (" + t.id + ", " + ConsoleText.en("common.version") + " "
                + t.version + ")");
        out.println(label("ticket.show.talent") + t.talentName + "   " + ConsoleText.label("ticket.show.phone") + " "
                + t.talentPhone);
        // The name the service had when the ticket was submitted (its plugin may have changed since).
        out.println(label("ticket.show.service") + (t.serviceName == null ? t.serviceCode
                : ConsoleText.both(t.serviceName) + " (" + t.serviceCode + ")") + "   " + ConsoleText.label("ticket.show.channel") + " " + Names.both(t.channel));
        out.println(label("ticket.show.unit") + (t.unit == null ? "-" : unitName(t.unit) + " (" + t.unit + ")"));
        out.println(label("ticket.show.state") + Names.both(t.state) + "   " + ConsoleText.label("ticket.show.nextDue") + " "
                + time(t.nextDueAt));
        out.println(label("ticket.show.provider")
                + (t.serviceProvider == null ? "-" : t.serviceProvider + " (" + origin(t.serviceOrigin) + ")")
                + (t.serviceOffered ? "" : "   " + ConsoleText.label("ticket.show.notOffered")));
        out.println(label("ticket.show.request") + t.description);
        // As the talent filled it in: labels and choices as they were, whatever the plugin says now.
        t.formShown.forEach(e -> out.println(label("ticket.show.form") + ConsoleText.both(e.label) + ": "
                + ConsoleText.both(e.value)));
        // The summary says in words what the values hold as data (codes, keys) for programs, which
        // read them over REST.
        for (TicketOutcome o : t.outcomes) {
            out.println(ConsoleText.label(o.failure ? "ticket.show.failure" : "ticket.show.outcome") + " "
                    + Names.both(o.action) + " " + o.plugin + ": " + o.summaryZh + " / " + o.summaryEn);
        }
        if (t.reply != null) {
            out.println(label("ticket.show.reply") + t.reply);
        }
        ConsoleTable steps = new ConsoleTable();
        steps.column(ConsoleText.label("ticket.show.steps.step"));
        steps.column(ConsoleText.label("ticket.show.steps.unit"));
        // Art.7's allowance and what is left of it, in working days (negative: overdue by as many).
        steps.column(ConsoleText.label("ticket.show.steps.workingDays")).alignRight();
        steps.column(ConsoleText.label("ticket.show.steps.due"));
        steps.column(ConsoleText.label("ticket.show.steps.originalDue"));
        steps.column(ConsoleText.label("ticket.show.steps.left")).alignRight();
        steps.column(ConsoleText.label("ticket.show.steps.done"));
        steps.column(ConsoleText.label("ticket.show.steps.status"));
        steps.column(ConsoleText.label("ticket.show.steps.delay")).maxWidth(40).wrap();
        for (TicketStep s : t.steps) {
            steps.row(s.step, unitName(s.unit), s.workingDays == null ? "" : s.workingDays, time(s.dueAt),
                    s.originalDueAt.equals(s.dueAt) ? "" : time(s.originalDueAt),
                    s.workingDaysLeft == null ? "" : s.workingDaysLeft, time(s.doneAt), s.status,
                    s.delayExplanation == null ? "" : s.delayExplanation);
        }
        steps.print(out);
        ConsoleTable history = new ConsoleTable();
        history.column("#").alignRight();
        history.column(ConsoleText.label("ticket.show.history.at"));
        history.column(ConsoleText.label("ticket.show.history.who"));
        history.column(ConsoleText.label("ticket.show.history.action"));
        history.column(ConsoleText.label("ticket.show.history.states"));
        history.column(ConsoleText.label("ticket.show.history.unit"));
        history.column(ConsoleText.label("ticket.show.history.due"));
        history.column(ConsoleText.label("ticket.show.history.comment")).maxWidth(40).wrap();
        for (TicketEvent e : t.history) {
            history.row(e.sequence, time(e.at), e.actor, e.action,
                    (e.fromState == null ? "" : Names.both(e.fromState) + " → ") + Names.both(e.toState), e.unit == null ? "" : unitName(e.unit),
                    e.dueAt == null ? "" : time(e.dueAt) + (e.late ? " " + ConsoleText.label("common.late") : ""),
                    e.comment == null ? "" : e.commentEn == null ? e.comment : e.comment + " / " + e.commentEn);
        }
        history.print(out);
        return null;
    }

    /** A line's label, padded so the values line up. */
    private static String label(String key) {
        return ConsoleText.label(key, 17);
    }

    /** The catalog origin recorded on the ticket (a ServiceOrigin code) by its names. */
    private static String origin(String code) {
        return Arrays.stream(ServiceOrigin.values())
                .filter(o -> o.name().equals(code)).findFirst().map(Names::both).orElse(code);
    }
}
