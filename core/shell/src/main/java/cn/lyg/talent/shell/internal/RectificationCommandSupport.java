package cn.lyg.talent.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

import cn.lyg.talent.api.Names;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.api.rating.Rectification;

/**
 * Base of the commands on the rectification of a bad rating (Art.7 好差评, Art.8): call-back,
 * rectify, re-rate. Each acts on one rectification, found with {@code ticket:rectifications}
 * or {@code ticket:rate <ticket>}, and answers with its new status.
 */
public abstract class RectificationCommandSupport extends TicketCommandSupport {

    @Reference
    protected Ratings ratings;

    @Argument(index = 0, name = "rectification",
            description = "差评整改编号（ticket:rectifications 列出全部） / Rectification id (ticket:rectifications lists them)", required = true)
    String rectification;

    protected void printOutcome(Rectification r) {
        System.out.println(ConsoleText.label("rectification.outcome.rectification") + " " + r.id + " (" + r.ticketNumber
                + ") → " + Names.both(r.status) + "   " + ConsoleText.label("common.due") + " " + time(r.dueAt)
                + (r.late ? "   " + ConsoleText.label("common.late") : ""));
    }
}
