package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "ticket", name = "rate",
        description = "记录人才在回访时给出的评价（好差评），或列出一件事项的全部评价 / Records the talent's rating (好差评) given at the follow-up, or lists a ticket's ratings")
@Service
public class TicketRate extends TicketCommandSupport {

    @Reference
    private Ratings ratings;

    @Completion(EnumCompleters.RatingStageCompleter.class)
    @Option(name = "--stage", aliases = "-s", description = "评价阶段：ACCEPTANCE（受理）或 COMPLETION（办结） / ACCEPTANCE or COMPLETION")
    String stage;

    @Completion(EnumCompleters.RatingLevelCompleter.class)
    @Option(name = "--level", aliases = "-r",
            description = "评价等级：非常满意、满意、基本满意、不满意、非常不满意 / "
                    + "VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED")
    String level;

    @Option(name = "--comment", aliases = "-c", description = "评价内容 / The talent's words")
    String comment;

    @Argument(index = 0, name = "id",
            description = "事项ID或编号（320706-20261126-0001） / Ticket id or number (320706-20261126-0001)", required = true)
    String id;

    @Override
    protected Object run() throws CommandException {
        if (level == null && (stage != null || comment != null)) {
            // A stage or comment without a level would be dropped while the clerk thinks it recorded.
            throw new CommandException(ConsoleText.refusal("LEVEL_REQUIRED", "ticket.rate.error.levelRequired"));
        }
        if (level != null) {
            RatingInput in = new RatingInput();
            in.stage = choice("--stage", stage, RatingStage.class);
            in.level = choice("--level", level, RatingLevel.class);
            in.comment = comment;
            Rating r = ratings.rate(id, in, actor());
            System.out.println(ConsoleText.label("ticket.rate.rated") + " " + Names.both(r.stage) + ": " + Names.both(r.level)
                    + (r.rectification == null ? "" : "   " + ConsoleText.label("ticket.rate.rectification") + " "
                            + r.rectification.id + " " + ConsoleText.en("common.due") + " " + time(r.rectification.dueAt)));
        }
        ConsoleTable table = new ConsoleTable();
        table.column(ConsoleText.label("ticket.rate.ratingId"));
        table.column(ConsoleText.label("ticket.rate.stage"));
        table.column(ConsoleText.label("ticket.rate.level"));
        table.column(ConsoleText.label("ticket.rate.at"));
        table.column(ConsoleText.label("ticket.rate.by"));
        table.column(ConsoleText.label("ticket.rate.voided"));
        table.column(ConsoleText.label("ticket.rate.rectificationColumn"));
        for (Rating r : ratings.ofTicket(id, actor())) {
            table.row(r.id, r.stage, r.level, time(r.ratedAt), r.recordedBy,
                    r.voided ? ConsoleText.label("common.yes") + ": " + r.voidReason : "",
                    r.rectification == null ? "" : r.rectification.id + " " + Names.both(r.rectification.status) + " "
                            + ConsoleText.en("common.due") + " " + time(r.rectification.dueAt));
        }
        table.print(System.out);
        return null;
    }
}
