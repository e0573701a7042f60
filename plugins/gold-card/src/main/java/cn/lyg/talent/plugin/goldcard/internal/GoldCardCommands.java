package cn.lyg.talent.plugin.goldcard.internal;

import static cn.lyg.talent.plugin.goldcard.internal.Texts.TEXTS;

import java.security.AccessController;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

import javax.security.auth.Subject;

import org.apache.karaf.shell.support.CommandException;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.catalog.Text;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.registry.TalentRegistry;

/** What the gold card commands share: the acting user, the roles, one-line errors. */
final class GoldCardCommands {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private GoldCardCommands() {
    }

    static Actor actor(Actors actors) {
        return actors.ofSubject(Subject.getSubject(AccessController.getContext()));
    }

    /**
     * The talent office and administrators; also HRSS, which issues the cards, where {@code hrss}.
     * Refused with the text {@code code}, which names who may.
     */
    static void require(Actor actor, boolean hrss, String code) throws CommandException {
        boolean issuer = hrss && actor.has(Role.DEPARTMENT) && "HRSS".equals(actor.unit());
        if (!issuer && !actor.hasAny(Role.SUPERVISOR, Role.ADMIN)) {
            throw failure(Texts.refusal(Refusal.Kind.FORBIDDEN, code, null));
        }
    }

    /** A refusal as one line, Chinese first, with the fields it names. */
    static CommandException failure(Refusal r) {
        String fields = r.fieldErrors().stream().map(f -> f.field).collect(Collectors.joining(", "));
        return new CommandException(r.code() + ": " + r.messageZh() + " / " + r.messageEn() + (fields.isEmpty() ? "" : " (" + fields + ")"));
    }

    static String local(LocalDateTime utc) {
        return GoldCardRegister.local(utc).format(SHOWN);
    }

    /** The card, if it is of the user's jurisdiction; others are not found, as on every read. */
    static GoldCardRegister.Card inScope(GoldCardRegister register, JurisdictionDirectory jurisdictions, Actor actor,
            String number) throws CommandException {
        return register.find(number).filter(c -> jurisdictions.covers(actor.jurisdiction(), c.card().jurisdiction))
                .orElseThrow(() -> failure(Texts.refusal(Refusal.Kind.NOT_FOUND, "GOLD_CARD_NOT_FOUND", null)));
    }

    /** As {@link #inScope}, and kept as a look-up of the number (as at the gate), found or not. */
    static GoldCardRegister.Card lookedUp(GoldCardRegister register, JurisdictionDirectory jurisdictions, Actor actor,
            String number, TalentRegistry registry, Clock clock) throws CommandException {
        try {
            GoldCardRegister.Card card = inScope(register, jurisdictions, actor, number);
            register.checked(number, actor.account(), clock.instant(), GoldCardResource.status(card, registry, clock).name(), null);
            return card;
        } catch (CommandException e) {
            register.checked(number, actor.account(), clock.instant(), CardCheck.NOT_FOUND, null);
            throw e;
        }
    }

    static String status(GoldCardRegister.Card card, TalentRegistry registry, Clock clock) {
        Text t = TEXTS.text("status." + GoldCardResource.status(card, registry, clock));
        return t.zh + " " + t.en;
    }
}
