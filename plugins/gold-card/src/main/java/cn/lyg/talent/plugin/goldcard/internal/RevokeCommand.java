package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.time.Clock;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.notify.Inbox;
import cn.lyg.talent.api.org.JurisdictionDirectory;

/** Withdraws a lost or replaced card: gates refuse it from then on; the record stays (Art.4.5). */
@Command(scope = "goldcard", name = "revoke", description = "注销一张金卡，例如已挂失的金卡（第四条第五项） / Revokes a gold card, e.g. a lost one (Art.4.5)")
@Service
public class RevokeCommand implements Action {

    @Reference
    private GoldCardRegister register;

    @Reference
    private Actors actors;

    @Reference
    private Clock clock;

    @Reference
    private JurisdictionDirectory jurisdictions;

    @Reference
    private Inbox inbox;

    @Argument(index = 0, name = "card", required = true, description = "卡号 / Card number")
    String number;

    @Option(name = "--reason", aliases = "-r", required = true, description = "注销原因，如挂失 / Why, e.g. 挂失 (reported lost)")
    String reason;

    @Override
    public Object execute() throws Exception {
        Actor actor = GoldCardCommands.actor(actors);
        GoldCardCommands.require(actor, true, "FORBIDDEN_REVOKE");
        GoldCardRegister.Card card = GoldCardCommands.inScope(register, jurisdictions, actor, number);
        try {
            CardRevocation r = register.revoke(number, reason, actor.account(), clock.instant());
            System.out.println(TEXTS.label("command.revoke.revoked") + " " + r.cardNumber + " · " + r.reason);
            // The holder learns it from the platform, not from a gate turning them away.
            inbox.tellTalent(card.card().talentId, card.card().ticketNumber, TEXTS.text("REVOKED_NOTICE", r.cardNumber, r.reason));
        } catch (Refusal r) {
            throw GoldCardCommands.failure(r);
        }
        return null;
    }
}
