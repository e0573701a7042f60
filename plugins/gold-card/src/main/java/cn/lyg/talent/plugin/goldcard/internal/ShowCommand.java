package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Choice;
import cn.lyg.talent.api.catalog.ServiceCatalog;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentRegistry;
import cn.lyg.talent.shell.table.ConsoleTable;

@Command(scope = "goldcard", name = "show",
        description = "查看一张金卡、今天能否使用及其免费游览记录（第四条第五项） / A gold card, whether it may be used today and its free visits (Art.4.5)")
@Service
public class ShowCommand implements Action {

    /**
     * The column the values start at: one past the widest label, measured in terminal columns (a Han
     * character takes two), so a long label (有效期至 Valid until) does not push its value out of line.
     */
    private static final int VALUE_COLUMN = 1 + List.of("command.show.card", "command.show.holder", "command.show.validUntil",
            "command.show.issued", "command.show.revoked").stream().mapToInt(k -> ConsoleTable.width(TEXTS.label(k))).max().orElse(0);

    @Reference
    private GoldCardRegister register;

    @Reference
    private TalentRegistry registry;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Reference
    private Actors actors;

    @Reference
    private Clock clock;

    @Reference
    private ServiceCatalog catalog;

    @Reference
    private InstanceSettings instance;

    @Argument(index = 0, name = "card", required = true, description = "卡号 / Card number")
    String number;

    @Override
    public Object execute() throws Exception {
        Actor actor = GoldCardCommands.actor(actors);
        if (!GoldCardResource.isStaff(actor)) {
            throw GoldCardCommands.failure(Texts.refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN_CONSOLE", null));
        }
        GoldCardRegister.Card card = GoldCardCommands.lookedUp(register, jurisdictions, actor, number, registry, clock);
        PrintStream out = System.out;
        GoldCard c = card.card();
        out.println(field("command.show.card") + c.cardNumber + "  " + GoldCardCommands.status(card, registry, clock));
        out.println(field("command.show.holder") + c.holderName + " (" + c.talentId + ")");
        out.println(field("command.show.validUntil") + c.validUntil);
        out.println(field("command.show.issued") + GoldCardCommands.local(c.issuedAt) + " " + c.issuedBy
                + (c.ticketNumber == null ? "" : " " + c.ticketNumber) + (c.note == null ? "" : " " + c.note));
        if (card.revocation() != null) {
            out.println(field("command.show.revoked") + GoldCardCommands.local(card.revocation().revokedAt) + " "
                    + card.revocation().revokedBy + ": " + card.revocation().reason);
        }
        List<CardVisit> visits = register.visits(c.cardNumber);
        ConsoleTable table = new ConsoleTable();
        table.column(TEXTS.label("command.column.visited"));
        table.column(TEXTS.label("command.column.scenicArea"));
        table.column(TEXTS.label("command.column.gate"));
        List<Choice> areas = GoldCardResource.scenicAreas(catalog, instance);
        visits.forEach(v -> table.row(GoldCardCommands.local(v.visitedAt), areas.stream()
                .filter(a -> a.key.equals(v.scenicArea) && a.label != null).findFirst()
                .map(a -> a.label.zh + " (" + v.scenicArea + ")").orElse(v.scenicArea), v.gate));
        out.println();
        table.print(out);
        return null;
    }

    /** A field's label followed by spaces up to {@link #VALUE_COLUMN}, to line the values up. */
    private static String field(String key) {
        String label = TEXTS.label(key);
        return label + " ".repeat(Math.max(1, VALUE_COLUMN - ConsoleTable.width(label)));
    }
}
