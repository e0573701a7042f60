package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.shell.internal.completers.EnumCompleters;

@Command(scope = "ticket", name = "re-rate",
        description = "录入人才经一站式服务窗口给出的对整改的复评 / Records the talent's re-rating of a rectification, as given to the window")
@Service
public class TicketReRate extends RectificationCommandSupport {

    @Completion(EnumCompleters.RatingLevelCompleter.class)
    @Option(name = "--level", aliases = "-r", required = true,
            description = "复评等级：非常满意、满意、基本满意、不满意、非常不满意 / "
                    + "VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, VERY_DISSATISFIED")
    String level;

    @Option(name = "--comment", aliases = "-c", description = "人才的评价内容 / The talent's words")
    String comment;

    @Override
    protected Object run() throws CommandException {
        RatingInput in = new RatingInput();
        in.level = choice("--level", level, RatingLevel.class);
        in.comment = comment;
        Rating r = ratings.reRate(rectification, in, actor());
        System.out.println(ConsoleText.label("ticket.reRate.reRated") + " " + Names.both(r.level) + "   "
                + ConsoleText.label("ticket.reRate.rating") + " " + r.id);
        printOutcome(ratings.rectification(rectification, actor()));
        return null;
    }
}
