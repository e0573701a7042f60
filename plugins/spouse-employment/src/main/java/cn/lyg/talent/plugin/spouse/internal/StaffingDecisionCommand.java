package cn.lyg.talent.plugin.spouse.internal;

import static cn.lyg.talent.plugin.spouse.internal.Texts.TEXTS;

import java.security.AccessController;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.security.auth.Subject;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.shell.table.ConsoleTable;

/**
 * The staffing office's decision on "take in first, release later" (先进后出, Art.4.1): an extra
 * approval step with its own record. Without --approve or --refuse it lists the decisions.
 */
@Command(scope = "spouse", name = "staffing-decision",
        description = "记录或列出编制部门对配偶“先进后出”的审批决定（第四条第一项） / Records or lists the staffing office's decision on taking a spouse in first (Art.4.1 先进后出)")
@Service
public class StaffingDecisionCommand implements Action {
    private static final Set<TicketState> FINAL = EnumSet.of(TicketState.RESOLVED, TicketState.CLOSED,
            TicketState.REJECTED, TicketState.WITHDRAWN);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");


    @Reference
    private StaffingDecisions decisions;

    @Reference
    private Actors actors;

    @Reference
    private OneStopWindow window;

    @Reference
    private TalentRegistry registry;

    @Argument(index = 0, name = "ticket", required = true, description = "事项ID或编号 / Ticket id or number")
    String ticketId;

    @Option(name = "--approve", description = "批准先进后出 / Approve taking the spouse in first")
    boolean approve;

    @Option(name = "--refuse", description = "不予批准 / Refuse it")
    boolean refuse;

    @Option(name = "--unit", aliases = "-u", description = "接收的事业单位 / The receiving public institution")
    String unit;

    @Option(name = "--comment", aliases = "-c", description = "审批意见 / The decision's grounds")
    String comment;

    @Override
    public Object execute() throws Exception {
        Actor actor = actor();
        boolean staffing = actor.has(Role.DEPARTMENT) && decisions.staffingOfficeUnit().equals(actor.unit());
        if (!staffing && !actor.hasAny(Role.SUPERVISOR, Role.ADMIN, Role.WINDOW)) {
            throw refused("STAFFING_DECISIONS_FORBIDDEN");
        }
        Ticket ticket = ticket(actor, staffing);
        if (approve || refuse) {
            if (FINAL.contains(ticket.state)) {
                // A decision after the outcome was recorded would contradict it (Art.4.1 先进后出 comes first).
                throw refused("TICKET_FINAL",
                        TEXTS.text("command.ticketState." + ticket.state.name()));
            }
            if (!staffing && !actor.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
                throw refused("STAFFING_OFFICE_ONLY");
            }
            Object route = ticket.form == null ? null : ticket.form.get(SpouseEmployment.ROUTE);
            if (!Route.RECOMMENDATION.key.equals(route)) {
                // Art.4.1: taking in first concerns a recommendation to a public institution only.
                throw refused("NOT_RECOMMENDATION", ticket.number);
            }
            // Art.4.1: 先进后出 is for a spouse recommended to a public institution; an approval for any
            // other kind could never be used (the handler refuses that institution for this spouse).
            // The spouse's record as it is now, as the handler matches it on resolving (the record may
            // have changed since submission, or the route with a resubmission).
            ReceivingKind kind = matchedKind(ticket, reader(actor, staffing));
            if (kind != ReceivingKind.PUBLIC_INSTITUTION) {
                throw refused("NOT_PUBLIC_INSTITUTION", ticket.number, kind == null ? TEXTS.text("command.noKind") : kind.name);
            }
            if (unit != null && unit.strip().length() > 200 || comment != null && comment.strip().length() > 1000) {
                throw refused("TOO_LONG", 200, 1000);
            }
            if (approve == refuse) {
                throw refused("APPROVE_OR_REFUSE");
            }
            if (unit == null || unit.isBlank()) {
                throw refused("UNIT_REQUIRED");
            }
            decisions.decide(ticket.id, approve, unit.strip(), comment, actor.account());
        }
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.decision"));
        table.column(TEXTS.label("command.column.unit"));
        table.column(TEXTS.label("command.column.by"));
        table.column(TEXTS.label("command.column.at"));
        table.column(TEXTS.label("command.column.note"));
        for (StaffingDecision d : decisions.of(ticket.id)) {
            table.row(TEXTS.label(d.approved ? "command.decision.approved" : "command.decision.refused"), d.receivingUnit, d.decidedBy,
                    SHOWN.format(d.decidedAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(SpouseEmployment.ZONE)),
                    d.note == null ? "" : d.note);
        }
        table.print(System.out);
        return null;
    }

    /**
     * The spouse-employment ticket the decision is about, as the user may see it. The staffing
     * office decides for the spouse tickets of its jurisdiction, which are dispatched to HRSS
     * rather than to it, so it reads them with the talent office's reach there, never beyond
     * (decision 0003: a jurisdiction grant narrows, it never widens); everyone else within their
     * own. Any other ticket so read is not found for it, as for {@code ticket:show}: the wider reach
     * must not tell the office which other requests exist.
     */
    private Ticket ticket(Actor actor, boolean staffing) throws CommandException {
        Ticket t;
        try {
            t = window.get(ticketId, reader(actor, staffing));
        } catch (Refusal r) {
            throw refused(r);
        }
        if (!SpouseEmployment.CODE.equals(t.serviceCode)) {
            throw staffing ? refused("TICKET_NOT_FOUND", ticketId) : refused("NOT_SPOUSE_EMPLOYMENT", t.number);
        }
        return t;
    }

    /** The receiving kind the spouse on the talent's record matches now, if any (a read of the record, audited). */
    private ReceivingKind matchedKind(Ticket ticket, Actor reader) throws CommandException {
        try {
            return ReceivingKind.matching(registry.get(ticket.talentId, reader).spouse).orElse(null);
        } catch (Refusal r) {
            throw refused(r);
        }
    }

    /** Who reads for the user: the staffing office with the talent office's reach in its jurisdiction (see {@link #ticket}). */
    private Actor reader(Actor actor, boolean staffing) {
        return staffing ? actors.of(actor.account(), List.of(Role.SUPERVISOR.principalName(),
                Actors.JURISDICTION_PREFIX + actor.jurisdiction())) : actor;
    }

    /** The engine's refusal as the console prints one: its code, then Chinese / English. */
    private static CommandException refused(Refusal r) {
        return new CommandException(r.code() + ": " + r.messageZh() + " / " + r.messageEn());
    }

    /** A refusal as the console's other commands print one: its stable code, then Chinese / English. */
    private static CommandException refused(String code, Object... args) {
        return new CommandException(code + ": " + TEXTS.both("refusal." + code, args));
    }

    @SuppressWarnings("removal")
    private Actor actor() {
        return actors.ofSubject(Subject.getSubject(AccessController.getContext()));
    }
}
