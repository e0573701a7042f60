package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.shell.table.ConsoleTable;

/** Who looked up which gold card number, for the talent office (Art.4.5, personal data read at gates). */
@Command(scope = "goldcard", name = "checks", description = "列出谁查验了哪张金卡，最新的在前 / Who looked up which gold card, newest first")
@Service
public class ChecksCommand implements Action {

    @Reference
    private GoldCardRegister register;

    @Reference
    private Actors actors;

    @Reference
    private ServiceCatalog catalog;

    @Reference
    private InstanceSettings instance;

    @Option(name = "--by", aliases = "-b",
            description = "仅该账号的查验（如景区闸口 gate1） / Only the look-ups of this account (e.g. a gate, gate1)")
    String by;

    @Option(name = "--number", aliases = "-n", description = "仅该卡号的查验 / Only the look-ups of this card number")
    String number;

    @Option(name = "--limit", aliases = "-l", description = "最多条数（1-200，默认50） / At most this many (1-200, default 50)")
    String limit;

    @Override
    public Object execute() throws Exception {
        Actor actor = GoldCardCommands.actor(actors);
        GoldCardCommands.require(actor, false, "FORBIDDEN_CHECKS");
        int max;
        try {
            max = GoldCardResource.limit(limit);
        } catch (Refusal r) {
            throw GoldCardCommands.failure(r);
        }
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.at"));
        table.column(TEXTS.label("command.column.by"));
        table.column(TEXTS.label("command.column.card"));
        table.column(TEXTS.label("command.column.outcome"));
        table.column(TEXTS.label("command.column.purpose"));
        List<Choice> areas = GoldCardResource.scenicAreas(catalog, instance);
        for (CardCheck c : register.checks(blank(by), blank(number), 0, max).items) {
            table.row(GoldCardCommands.local(c.checkedAt), c.checkedBy, c.shownNumber(), outcome(c.outcome), purpose(c, areas));
        }
        table.print(System.out);
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A plain look-up, or one made to record a free visit, with the scenic area by its name. */
    private static String purpose(CardCheck c, List<Choice> areas) {
        if (c.scenicArea == null) {
            return TEXTS.label("check.purpose.lookUp");
        }
        Text area = areas.stream().filter(a -> a.key.equals(c.scenicArea) && a.label != null).findFirst()
                .map(a -> a.label).orElse(Text.of(c.scenicArea, c.scenicArea));
        return TEXTS.zh("check.purpose.visit", area.zh) + " " + TEXTS.en("check.purpose.visit", area.en);
    }

    /** A card's status or "no such card", Chinese first. */
    private static String outcome(String code) {
        Text t = TEXTS.text(CardCheck.NOT_FOUND.equals(code) ? "check.NOT_FOUND" : "status." + code);
        return t.zh + " " + t.en;
    }
}

