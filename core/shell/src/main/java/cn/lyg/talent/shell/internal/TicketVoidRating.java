package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.Ratings;

@Command(scope = "ticket", name = "void-rating",
        description = "市人才办根据申诉作废误评或恶意评价（第八条） / The talent office voids a mistaken or malicious rating on appeal (Art.8)")
@Service
public class TicketVoidRating extends TicketCommandSupport {

    @Reference
    private Ratings ratings;

    @Option(name = "--reason", aliases = "-t", description = "作废原因 / Why it is void", required = true)
    String reason;

    @Option(name = "--malicious", description = "恶意评价，该环节不再接受评价 / Malicious: its stage takes no new rating (else mistaken: a corrected one may follow)")
    boolean malicious;

    @Argument(index = 0, name = "rating",
            description = "评价编号（ticket:rate <事项> 列出全部） / Rating id (ticket:rate <ticket> lists them)", required = true)
    String rating;

    @Override
    protected Object run() {
        Rating r = ratings.voidRating(rating, reason, malicious, actor());
        System.out.println(ConsoleText.label("ticket.voidRating.voided") + " " + Names.both(r.stage) + ": "
                + Names.both(r.level) + (r.voidedAsMalicious ? " (" + ConsoleText.label("ticket.voidRating.malicious") + ")" : "")
                + "   " + ConsoleText.label("ticket.voidRating.reason") + ": " + r.voidReason
                + (r.rectification == null ? ""
                        : "   " + ConsoleText.label("ticket.voidRating.rectification") + " → "
                                + Names.both(r.rectification.status)));
        return null;
    }
}
