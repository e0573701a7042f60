package cn.lyg.talent.shell.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.window.TicketQuery;
import cn.lyg.talent.api.window.TicketSort;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.api.window.TicketSummary;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;
import cn.lyg.talent.shell.internal.completers.UnitCodeCompleter;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "ticket", name = "list", description = "列出事项及其下一个办理期限 / Lists tickets with their next due time")
@Service
public class TicketList extends TicketCommandSupport {

    @Completion(EnumCompleters.TicketStateCompleter.class)
    @Option(name = "--state",
            description = "状态：SUBMITTED、RETURNED、ACCEPTED、DISPATCHED、CONTACTED、RESOLVED、CLOSED、REJECTED、WITHDRAWN / "
                    + "State: SUBMITTED, RETURNED, ACCEPTED, DISPATCHED, CONTACTED, RESOLVED, CLOSED, REJECTED, WITHDRAWN")
    String state;

    @Completion(UnitCodeCompleter.class)
    @Option(name = "--unit", aliases = "-u", description = "责任单位代码 / Responsible unit code")
    String unit;

    @Option(name = "--talent", aliases = "-t", description = "人才ID / Talent id")
    String talent;

    @Option(name = "--overdue", description = "仅已过时限且该环节未完成的事项 / Only tickets with a deadline passed and the step undone")
    boolean overdue;

    @Option(name = "--due-before",
            description = "仅有未完成环节在该日期（YYYY-MM-DD）或本地时间（YYYY-MM-DDTHH:MM）之前到期的事项 / "
                    + "Only tickets with an open step due before this date (YYYY-MM-DD) or local time (YYYY-MM-DDTHH:MM)")
    String dueBefore;

    @Option(name = "--sort", description = "排序：SUBMITTED（最新提交在前，默认）、DUE（最先到期在前） / "
            + "Order: SUBMITTED (newest first, the default), DUE (soonest due first)")
    String sort;

    @Option(name = "--offset", description = "跳过的条数 / Skip this many")
    String offset;

    @Option(name = "--limit", aliases = "-l", description = "最多条数（1-200） / At most this many (1-200)")
    String limit;

    @Override
    protected Object run() throws CommandException {
        TicketQuery q = new TicketQuery();
        q.state = choice("--state", state, TicketState.class);
        q.unit = knownUnit(unit);
        q.talentId = talent;
        q.overdue = overdue ? Boolean.TRUE : null;
        q.dueBefore = dueBefore();
        q.sort = choice("--sort", sort, TicketSort.class);
        q.offset = count("--offset", offset, 0);
        q.limit = count("--limit", limit, 50);
        Page<TicketSummary> page = window.find(q, actor());
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("ticket.list.number"));
        table.column(ConsoleText.label("ticket.list.talent"));
        table.column(ConsoleText.label("ticket.list.service"));
        table.column(ConsoleText.label("ticket.list.unit"));
        table.column(ConsoleText.label("ticket.list.state"));
        table.column(ConsoleText.label("ticket.list.submitted"));
        table.column(ConsoleText.label("ticket.list.nextDue"));
        table.column(ConsoleText.label("ticket.list.overdue"));
        table.column("ID");
        for (TicketSummary s : page.items) {
            table.row(s.number, s.talentName, s.serviceName != null ? s.serviceName.zh : serviceName(s.serviceCode, null), s.unit == null ? "" : unitName(s.unit), s.state,
                    time(s.submittedAt), time(s.nextDueAt), s.overdue ? ConsoleText.label("common.yes") : "", s.id);
        }
        table.print(System.out);
        System.out.println(pageLine(page));
        return null;
    }

    private Instant dueBefore() throws CommandException {
        if (dueBefore == null) {
            return null;
        }
        String given = dueBefore.strip();
        try {
            // A date or a time without offset is the instance's local time, as every time the
            // console prints (2025-10-10 17:30, Asia/Shanghai).
            if (given.length() == 10) {
                return LocalDate.parse(given).atStartOfDay(settings.zone()).toInstant();
            }
            TemporalAccessor t = DateTimeFormatter
                    .ofPattern("yyyy-MM-dd['T'][' ']HH:mm[:ss][XXX]").parse(given);
            LocalDateTime local = LocalDateTime.of(LocalDate.from(t), LocalTime.from(t));
            return t.isSupported(ChronoField.OFFSET_SECONDS)
                    ? local.atOffset(ZoneOffset.from(t)).toInstant()
                    : local.atZone(settings.zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandException(ConsoleText.refusal("INVALID_DATE_TIME", "ticket.list.error.dueBefore", "--due-before", given));
        }
    }
}
