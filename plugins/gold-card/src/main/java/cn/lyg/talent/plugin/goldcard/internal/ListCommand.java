package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.time.Clock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "goldcard", name = "list", description = "一名人才名下的金卡（第四条第五项） / The gold cards of a talent (Art.4.5)")
@Service
public class ListCommand implements Action {

    @Reference
    private GoldCardRegister register;

    @Reference
    private TalentRegistry registry;

    @Reference
    private Actors actors;

    @Reference
    private Clock clock;

    @Argument(index = 0, name = "talent", required = true, description = "人才ID / Talent id")
    String talentId;

    @Override
    public Object execute() throws Exception {
        Actor actor = GoldCardCommands.actor(actors);
        Talent talent;
        try {
            // The registry checks role and jurisdiction (and audits the read).
            talent = registry.get(talentId, actor);
        } catch (Refusal r) {
            throw GoldCardCommands.failure(r);
        }
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.card"));
        table.column(TEXTS.label("command.column.status"));
        table.column(TEXTS.label("command.column.validUntil"));
        table.column(TEXTS.label("command.column.issued"));
        table.column(TEXTS.label("command.column.ticket"));
        for (GoldCardRegister.Card c : register.ofTalent(talent.id)) {
            table.row(c.card().cardNumber, GoldCardCommands.status(c, registry, clock), c.card().validUntil,
                    GoldCardCommands.local(c.card().issuedAt), c.card().ticketNumber == null ? "-" : c.card().ticketNumber);
        }
        System.out.println(talent.name + " (" + talent.id + ")");
        table.print(System.out);
        return null;
    }
}
