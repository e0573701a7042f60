package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
import cn.lyg.talent.api.registry.Talent;
import cn.lyg.talent.api.registry.TalentRegistry;

/**
 * Enters a card issued before the platform or outside it, so its holder can book scenic visits
 * and pass the gate (Art.4.5). The talent office only: it certifies the holders (Art.3).
 */
@Command(scope = "goldcard", name = "record",
        description = "登记在平台外发放的金卡（第四条第五项） / Registers a gold card issued outside the platform (Art.4.5)")
@Service
public class RecordCommand implements Action {

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

    @Argument(index = 1, name = "card", required = true, description = "卡号（6至20位字母或数字） / Card number (6 to 20 letters or digits)")
    String number;

    @Option(name = "--valid-until", aliases = "-u", required = true,
            description = "有效期截止日（yyyy-MM-dd） / Last day the card is valid (yyyy-MM-dd)")
    String validUntil;

    @Option(name = "--note", aliases = "-n",
            description = "金卡来源，如纸质登记簿中的记录 / Where the card comes from, e.g. the paper register's entry")
    String note;

    @Override
    public Object execute() throws Exception {
        Actor actor = GoldCardCommands.actor(actors);
        GoldCardCommands.require(actor, false, "FORBIDDEN_RECORD");
        LocalDate until;
        try {
            until = LocalDate.parse(validUntil.strip());
        } catch (DateTimeParseException e) {
            // Named as the clerk typed it: the option, not the REST field.
            throw GoldCardCommands.failure(Texts.refusal(Refusal.Kind.INVALID, "NOT_A_DATE", "--valid-until"));
        }
        if (note != null && note.strip().length() > 200) {
            throw new CommandException("NOTE_TOO_LONG: " + TEXTS.both("command.record.noteTooLong", 200));
        }
        if (!GoldCardRegister.NUMBER.matcher(GoldCardRegister.normalized(number)).matches()) {
            // Checked before the talent is read: a refused entry leaves no audited read behind.
            throw GoldCardCommands.failure(Texts.refusal(Refusal.Kind.INVALID, "CARD_NUMBER", "cardNumber"));
        }
        try {
            Talent talent = registry.get(talentId, actor);
            // Art.3: only a high-level talent holds the card; the gate would refuse it at once.
            if (!registry.isHighLevel(talent.id, LocalDate.now(clock.withZone(GoldCardRegister.ZONE)))) {
                throw Texts.refusal(Refusal.Kind.INVALID, "NOT_HIGH_LEVEL", "talent");
            }
            GoldCard card = register.record(number, talent, until, actor.account(), clock.instant(),
                    note == null || note.isBlank() ? null : note.strip());
            System.out.println(TEXTS.label("command.record.registered") + " " + card.cardNumber + " · " + talent.name + " · "
                    + TEXTS.label("command.record.validUntil") + " " + card.validUntil);
        } catch (Refusal r) {
            throw GoldCardCommands.failure(r);
        }
        return null;
    }
}
