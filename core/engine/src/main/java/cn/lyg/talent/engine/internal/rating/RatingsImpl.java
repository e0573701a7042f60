package cn.lyg.talent.engine.internal.rating;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.calendar.WorkCalendar;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.notify.NotificationKind;
import cn.lyg.talent.api.notify.Recipient;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.rating.Rating;
import cn.lyg.talent.api.rating.RatingInput;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.rating.Ratings;
import cn.lyg.talent.api.rating.Rectification;
import cn.lyg.talent.api.rating.RectificationQuery;
import cn.lyg.talent.api.rating.RectificationStatus;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.Ticket;
import cn.lyg.talent.api.window.TicketState;
import cn.lyg.talent.engine.internal.Access;
import cn.lyg.talent.engine.internal.Messages;
import cn.lyg.talent.engine.internal.RecordIds;
import cn.lyg.talent.engine.internal.Scope;
import cn.lyg.talent.engine.internal.Times;
import cn.lyg.talent.engine.internal.Violations;
import cn.lyg.talent.engine.internal.config.CoreSetting;
import cn.lyg.talent.engine.internal.notify.InboxImpl;
import cn.lyg.talent.engine.internal.org.UnitDirectoryImpl;
import cn.lyg.talent.engine.internal.store.Conflicts;
import cn.lyg.talent.engine.internal.store.Database;
import cn.lyg.talent.engine.internal.store.RatingEntity;
import cn.lyg.talent.engine.internal.store.RectificationEntity;
import cn.lyg.talent.engine.internal.store.TalentEntity;

/**
 * 好差评 for the Art.7 follow-up and the Art.8 satisfaction surveys. A bad rating (不满意,
 * 非常不满意) opens a rectification for the unit with its own working-day deadline; the window
 * calls back and verifies, the unit rectifies, the talent re-rates; the talent office may void a
 * rating on appeal, with the reason kept.
 */
@Component(service = Ratings.class, configurationPid = RatingConfiguration.PID)
@Designate(ocd = RatingConfiguration.class)
public class RatingsImpl implements Ratings {
    private static final Messages M = Messages.ENGINE;
    private static final int MAX_TEXT = 2000;
    private static final String ACTIVE = "ACTIVE";
    private static final int MAX_PAGE = 200;

    private final Database database;
    private final OneStopWindow window;
    private final WorkCalendar calendar;
    private final InboxImpl inbox;
    private final Clock clock;
    private final int rectificationWorkingDays;
    private final Scope scope;
    private final UnitDirectory units;

    @Activate
    public RatingsImpl(RatingConfiguration config, @Reference Database database, @Reference OneStopWindow window,
            @Reference WorkCalendar calendar, @Reference InboxImpl inbox, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference JurisdictionDirectory jurisdictions, @Reference InstanceSettings settings,
            @Reference UnitDirectory units) {
        this.database = database;
        this.window = window;
        this.calendar = calendar;
        this.inbox = inbox;
        this.clock = clock;
        this.units = units;
        // A bad value does not stop the ratings (nor the API with them): the default applies and
        // catalog:problems names the setting (CoreSetting).
        this.rectificationWorkingDays = CoreSetting.whole(RatingConfiguration.class, RatingConfiguration.PID,
                "rectificationWorkingDays", config::rectificationWorkingDays, 1, 60);
        this.scope = new Scope(jurisdictions, settings);
    }

    @Override
    public Rating rate(String ticketId, RatingInput input, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.SUPERVISOR);
        Ticket ticket = window.get(ticketId, actor);
        RatingInput in = checked(input, true);
        if (in.stage == RatingStage.RECTIFICATION) {
            throw M.refusal(Refusal.Kind.INVALID, "RATING_INVALID", List.of(M.field("stage", "RERATE_INSTEAD")), 1);
        }
        // Art.8: staff record the talent's word given by phone, but not about their own work: the
        // acceptance stage rates the window, so the talent office records that one for the
        // talent, and the window the completion (the unit's work).
        if (actor.has(Role.WINDOW) && in.stage == RatingStage.ACCEPTANCE) {
            throw M.refusal(Refusal.Kind.FORBIDDEN, "RATE_BY_OFFICE");
        }
        if (!actor.hasAny(Role.WINDOW, Role.TALENT) && in.stage == RatingStage.COMPLETION) {
            throw M.refusal(Refusal.Kind.FORBIDDEN, "RERATE_BY_WINDOW");
        }
        // A withdrawn ticket is rated at no stage, a rejected one only at acceptance (it never
        // completes): asking later would not help, so this is not "too early".
        if (ticket.state == TicketState.WITHDRAWN
                || ticket.state == TicketState.REJECTED && in.stage == RatingStage.COMPLETION) {
            throw M.refusal(Refusal.Kind.CONFLICT, "RATING_NOT_APPLICABLE", ticket.state, in.stage);
        }
        // The acceptance stage rates the window's decision, a rejection included.
        boolean accepted = ticket.state != TicketState.SUBMITTED && ticket.state != TicketState.RETURNED;
        boolean completed = ticket.state == TicketState.RESOLVED || ticket.state == TicketState.CLOSED;
        if (in.stage == RatingStage.ACCEPTANCE ? !accepted : !completed) {
            throw M.refusal(Refusal.Kind.CONFLICT, "RATING_TOO_EARLY", in.stage, ticket.state);
        }
        Instant now = clock.instant();
        List<Notification> outbox = new ArrayList<>();
        Rating rating = Conflicts.translated(Map.of("UK_RATING_STAGE", "RATING_EXISTS"), "RATING_EXISTS",
                () -> database.jpa().txExpr(TransactionType.Required, em -> {
            List<RatingEntity> existing = em.createQuery("select r from RatingEntity r where r.ticketId = :t"
                    + " and r.stage = :s and r.voided = false", RatingEntity.class).setParameter("t", ticket.id)
                    .setParameter("s", in.stage).getResultList();
            refuseClosedOnAppeal(em.createQuery("select r from RatingEntity r where r.ticketId = :t and r.stage = :s"
                    + " and r.voidedAsMalicious = true", RatingEntity.class).setParameter("t", ticket.id)
                    .setParameter("s", in.stage).getResultList());
            RectificationEntity carried = null;
            for (RatingEntity prior : existing) {
                if (!ownWordOverClerk(prior, actor)) {
                    throw M.refusal(Refusal.Kind.CONFLICT, "RATING_EXISTS");
                }
                // 好差评 is the talent's own word: what the window recorded on their behalf (say, by
                // phone) gives way to the talent's own rating, kept and marked, never deleted; so the
                // rated window cannot take the talent's one rating of a stage first. A bad rating
                // the talent confirms keeps its rectification going, with its deadline and steps.
                RectificationEntity live = in.level.isBad() ? rectificationOf(em, prior.id) : null;
                if (live != null && !Set.of(RectificationStatus.OPEN, RectificationStatus.CALLED_BACK,
                        RectificationStatus.RECTIFIED).contains(live.status)) {
                    live = null;
                }
                Voided voided = voidRating(em, prior, superseded(), actor, now, live == null);
                outbox.addAll(toldOfVoid(em, voided, ticket, false, "RATING_SUPERSEDED", prior.stage));
                // The stage's unique key is free only once this is written.
                em.flush();
                carried = live;
            }
            RatingEntity r = newRating(em, ticket.id, in, actor, now);
            RectificationEntity rect = null;
            if (carried != null) {
                // The rating row exists before the rectification points at it.
                em.flush();
                carried.ratingId = r.id;
                rect = carried;
                Object[] args = {ticket.number, InboxImpl.ServiceName.of(ticket),
                    new InboxImpl.UnitName(rect.unit), in.level, Times.shown(rect.dueAt, calendar.zone())};
                List<Recipient> to = new ArrayList<>(List.of(Recipient.role(Role.WINDOW.principalName(), ticket.jurisdiction),
                        Recipient.role(Role.SUPERVISOR.principalName(), ticket.jurisdiction)));
                if (rect.unit != null) {
                    to.add(Recipient.unit(rect.unit));
                }
                outbox.addAll(inbox.record(em, to, NotificationKind.TRANSITION, ticket.id, ticket.number,
                        "BAD_RATING_CONFIRMED", args));
            } else if (in.level.isBad()) {
                // A bad rating is called back, verified and rectified within the configured deadline.
                rect = new RectificationEntity();
                rect.id = RecordIds.next();
                rect.ratingId = r.id;
                rect.ticketId = ticket.id;
                rect.unit = in.stage == RatingStage.COMPLETION ? ticket.unit : null;
                rect.jurisdiction = ticket.jurisdiction;
                rect.status = RectificationStatus.OPEN;
                rect.openedAt = Times.utc(now);
                rect.dueAt = Times.utc(calendar.workingDaysAfter(now, rectificationWorkingDays).toInstant());
                em.persist(rect);
                Object[] args = {ticket.number, InboxImpl.ServiceName.of(ticket),
                    new InboxImpl.UnitName(rect.unit), in.level, Times.shown(rect.dueAt, calendar.zone())};
                // Each is told their part: the window calls back first (and rectifies a complaint
                // about itself), the unit rectifies once the window has verified it, the talent
                // office supervises by the deadline.
                outbox.addAll(inbox.record(em, List.of(Recipient.role(Role.WINDOW.principalName(), ticket.jurisdiction)),
                        NotificationKind.TRANSITION, ticket.id, ticket.number,
                        rect.unit == null ? "BAD_RATING" : "BAD_RATING_WINDOW", args));
                outbox.addAll(inbox.record(em, List.of(Recipient.role(Role.SUPERVISOR.principalName(), ticket.jurisdiction)),
                        NotificationKind.TRANSITION, ticket.id, ticket.number, "BAD_RATING_OFFICE", args));
                if (rect.unit != null) {
                    outbox.addAll(inbox.record(em, List.of(Recipient.unit(rect.unit)), NotificationKind.TRANSITION,
                            ticket.id, ticket.number, "BAD_RATING_UNIT", args));
                }
            }
            if (!ownRating(actor)) {
                outbox.addAll(toldRecordedForThem(em, ticket, r, actor));
            }
            em.flush();
            return toDto(r, rect, ticket.number, actor);
        }));
        inbox.deliver(outbox);
        return rating;
    }

    /** Whether the actor rates as the talent themselves, not as staff recording the talent's word. */
    private static boolean ownRating(Actor actor) {
        return actor.has(Role.TALENT) && !actor.hasAny(Role.WINDOW, Role.SUPERVISOR);
    }

    /**
     * The talent is told what staff recorded in their name, so that the rule "the talent's own
     * rating replaces it" is one they can use (a talent without an account is not notified).
     */
    private List<Notification> toldRecordedForThem(EntityManager em, Ticket ticket, RatingEntity r, Actor recorder) {
        return inbox.record(em, Collections.singletonList(owner(em, ticket)), NotificationKind.TRANSITION,
                ticket.id, ticket.number, "RATING_RECORDED_FOR_YOU", ticket.number,
                InboxImpl.ServiceName.of(ticket), r.stage, r.level,
                recorder.has(Role.WINDOW) ? new Messages.Named(M.zh("text.WINDOW_PARTY"), M.en("text.WINDOW_PARTY"))
                        : new Messages.Named(M.zh("enum.Party.SUPERVISOR"), M.en("enum.Party.SUPERVISOR")));
    }

    @Override
    public Rectification callBack(String rectificationId, String note, Actor actor) {
        Access.require(actor, Role.WINDOW);
        String text = text("note", note, "RECTIFICATION_INVALID");
        return changeRectification(rectificationId, actor, Set.of(RectificationStatus.OPEN), rect -> true, null,
                (em, rect, now) -> {
            rect.status = RectificationStatus.CALLED_BACK;
            rect.calledBackAt = Times.utc(now);
            rect.calledBackBy = actor.account();
            rect.callBackNote = text;
            return List.of();
        });
    }

    @Override
    public Rectification rectify(String rectificationId, String result, Actor actor) {
        Access.require(actor, Role.DEPARTMENT, Role.WINDOW);
        String text = text("result", result, "RECTIFICATION_INVALID");
        // The unit rectifies what the talent rated at completion; the window, what was rated at acceptance.
        return changeRectification(rectificationId, actor, Set.of(RectificationStatus.CALLED_BACK),
                rect -> rect.unit == null ? actor.has(Role.WINDOW)
                        : actor.has(Role.DEPARTMENT) && rect.unit.equals(actor.unit()), "RECTIFICATION_FORBIDDEN",
                (em, rect, now) -> {
            rect.status = RectificationStatus.RECTIFIED;
            rect.rectifiedAt = Times.utc(now);
            rect.rectifiedBy = actor.account();
            rect.result = text;
            return List.of();
        });
    }

    @Override
    public Rating reRate(String rectificationId, RatingInput input, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.SUPERVISOR);
        RatingInput in = checked(input, false);
        in.stage = RatingStage.RECTIFICATION;
        RatingEntity[] given = new RatingEntity[1];
        // Art.8: the window may record the talent's re-rating (say, given by phone), except of its
        // own rectification: a complaint about the window is not closed by the window's word; the
        // talent office, which supervises the window, records that one for a talent who is not online.
        boolean clerk = actor.has(Role.WINDOW);
        boolean office = !clerk && actor.has(Role.SUPERVISOR);
        changeRectification(rectificationId, actor, Set.of(RectificationStatus.RECTIFIED, RectificationStatus.RE_RATED),
                rect -> clerk ? rect.unit != null : !office || rect.unit == null,
                clerk ? "RERATE_BY_TALENT" : "RERATE_BY_WINDOW", (em, rect, now) -> {
            refuseClosedOnAppeal(em.createQuery("select r from RatingEntity r where r.rectificationId = :rect"
                    + " and r.voidedAsMalicious = true", RatingEntity.class).setParameter("rect", rect.id).getResultList());
            RatingEntity bad = em.find(RatingEntity.class, rect.ratingId);
            if (bad != null && bad.voided) {
                // Art.8: the bad rating it answered is void (mistaken, or replaced by the talent's own
                // word): the rectification's account is closed and takes no further re-rating.
                throw M.refusal(Refusal.Kind.CONFLICT, "RECTIFICATION_RATING_VOIDED");
            }
            if (rect.status == RectificationStatus.RE_RATED) {
                RatingEntity prior = em.find(RatingEntity.class, rect.reRatingId);
                if (prior != null && !prior.voided) {
                    if (!ownWordOverClerk(prior, actor)) {
                        throw M.refusal(Refusal.Kind.CONFLICT, "RECTIFICATION_NOT_ALLOWED", rect.status);
                    }
                    // As for first ratings: the talent's own word replaces what the window recorded.
                    voidRating(em, prior, superseded(), actor, now);
                }
            }
            RatingEntity r = newRating(em, rect.ticketId, in, actor, now);
            r.rectificationId = rect.id;
            rect.status = RectificationStatus.RE_RATED;
            rect.reRatingId = r.id;
            given[0] = r;
            return List.of(ownWord(actor), in.level);
        });
        // As written: a new re-rating has nothing more to read back.
        return toDto(given[0], null, null, actor);
    }

    @Override
    public Rating voidRating(String ratingId, String reason, Actor actor) {
        return voidRating(ratingId, reason, false, actor);
    }

    @Override
    public Rating voidRating(String ratingId, String reason, boolean malicious, Actor actor) {
        // Art.8: the talent office runs the surveys and may remove a mistaken or malicious rating.
        Access.require(actor, Role.SUPERVISOR);
        String why = text("reason", reason, "RATING_INVALID");
        Instant now = clock.instant();
        List<Notification> outbox = new ArrayList<>();
        // A concurrent change of its rectification (a unit rectifying meanwhile) is a conflict, not a failure.
        Rating voided = Conflicts.translated(Map.of(), "RECTIFICATION_CHANGED", () -> database.jpa().txExpr(TransactionType.Required, em -> {
            RatingEntity r = ratingId == null ? null : em.find(RatingEntity.class, ratingId);
            if (r == null) {
                throw M.refusal(Refusal.Kind.NOT_FOUND, "RATING_NOT_FOUND");
            }
            // Outside the supervisor's jurisdiction: the rating does not exist for them.
            Ticket ticket = ticketSeenBy(r.ticketId, actor, "RATING_NOT_FOUND");
            if (r.voided) {
                throw M.refusal(Refusal.Kind.CONFLICT, "RATING_ALREADY_VOIDED");
            }
            r.voidedAsMalicious = malicious;
            Voided v = voidRating(em, r, why, actor, now);
            outbox.addAll(toldOfVoid(em, v, ticket, true, "RATING_VOIDED", r.stage, why));
            em.flush();
            return toDto(r, rectificationOf(em, r.id), ticket.number, actor);
        }));
        inbox.deliver(outbox);
        return voided;
    }

    @Override
    public List<Rating> ofTicket(String ticketId, Actor actor) {
        Ticket ticket = window.get(ticketId, actor);
        return database.jpa().txExpr(TransactionType.Required, em -> em
                .createQuery("select r from RatingEntity r where r.ticketId = :t order by r.ratedAt, r.id",
                        RatingEntity.class).setParameter("t", ticket.id).getResultList().stream()
                .map(r -> toDto(r, rectificationOf(em, r.id), ticket.number, actor)).toList());
    }

    // ---- helpers ----

    @Override
    public Rectification rectification(String rectificationId, Actor actor) {
        Access.require(actor, Role.TALENT, Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
        return database.jpa().txExpr(TransactionType.Required, em -> {
            RectificationEntity rect = rectificationId == null ? null : em.find(RectificationEntity.class, rectificationId);
            return toDto(rect, visibleTicket(em, rect, actor).number, actor);
        });
    }

    @Override
    public Page<Rectification> rectifications(RectificationQuery query, Actor actor) {
        Access.require(actor, Role.WINDOW, Role.DEPARTMENT, Role.SUPERVISOR, Role.ADMIN);
        RectificationQuery q = query == null ? new RectificationQuery() : query;
        Violations v = new Violations(M);
        v.page(q.offset, q.limit, MAX_PAGE);
        if (q.unit != null && !q.unit.isBlank() && units.get(UnitDirectoryImpl.code(q.unit)).isEmpty()) {
            // An unknown unit would list nothing, which reads as "nothing to rectify".
            v.add("unit", "UNIT_UNKNOWN");
        }
        v.throwIfAny("QUERY_INVALID");
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where t.id = r.ticketId");
        if (actor.hasAny(Role.WINDOW, Role.SUPERVISOR, Role.ADMIN)) {
            where.append(" and r.jurisdiction in :codes");
            params.put("codes", scope.codes(actor));
        } else {
            // A unit sees what it is to rectify (Art.5), in whichever jurisdiction.
            where.append(" and r.unit = :myUnit");
            params.put("myUnit", actor.unit() == null ? "" : actor.unit());
        }
        if (q.status != null) {
            where.append(" and r.status = :status");
            params.put("status", q.status);
        } else {
            // Without a status, what still waits on someone: re-rated and voided ones are done.
            where.append(" and r.status in :waiting");
            params.put("waiting", List.of(RectificationStatus.OPEN, RectificationStatus.CALLED_BACK,
                    RectificationStatus.RECTIFIED));
        }
        if (q.unit != null && !q.unit.isBlank()) {
            where.append(" and r.unit = :unit");
            params.put("unit", UnitDirectoryImpl.code(q.unit));
        }
        if (q.overdue != null) {
            where.append(Boolean.TRUE.equals(q.overdue) ? " and r.status in :open and r.dueAt < :now"
                    : " and not (r.status in :open and r.dueAt < :now)");
            params.put("open", List.of(RectificationStatus.OPEN, RectificationStatus.CALLED_BACK));
            params.put("now", Times.utc(clock.instant()));
        }
        return database.jpa().txExpr(TransactionType.Required, em -> {
            var count = em.createQuery("select count(r) from RectificationEntity r, TicketEntity t" + where, Long.class);
            var page = em.createQuery("select r, t.number from RectificationEntity r, TicketEntity t" + where
                    + " order by r.dueAt, r.id", Object[].class);
            params.forEach((k, val) -> {
                count.setParameter(k, val);
                page.setParameter(k, val);
            });
            List<Rectification> items = page.setFirstResult(q.offset).setMaxResults(q.limit).getResultList().stream()
                    .map(row -> toDto((RectificationEntity) row[0], (String) row[1], actor)).toList();
            return new Page<>(items, count.getSingleResult(), q.offset, q.limit);
        });
    }

    /** The ticket as the actor sees it; one they may not see is {@code notFound}, whatever it is they asked for. */
    private Ticket ticketSeenBy(String ticketId, Actor actor, String notFound) {
        try {
            return window.get(ticketId, actor);
        } catch (Refusal r) {
            throw M.refusal(Refusal.Kind.NOT_FOUND, notFound);
        }
    }

    /**
     * The ticket of a rectification the actor may see, else refused as not found: staff see what
     * they see of the ticket, a talent only the rectifications of their own tickets.
     */
    private Ticket visibleTicket(EntityManager em, RectificationEntity rect, Actor actor) {
        if (rect == null) {
            throw M.refusal(Refusal.Kind.NOT_FOUND, "RECTIFICATION_NOT_FOUND");
        }
        Ticket ticket = ticketSeenBy(rect.ticketId, actor, "RECTIFICATION_NOT_FOUND");
        if (actor.has(Role.TALENT) && !actor.hasAny(Role.WINDOW)) {
            TalentEntity talent = em.find(TalentEntity.class, ticket.talentId);
            if (talent == null || !actor.account().equals(talent.account)) {
                throw M.refusal(Refusal.Kind.NOT_FOUND, "RECTIFICATION_NOT_FOUND");
            }
        }
        return ticket;
    }

    /** A step of a rectification; returns what its notice names besides the ticket ({@link #tell}). */
    private interface Change {
        List<Object> apply(EntityManager em, RectificationEntity rect, Instant now);
    }

    /**
     * Changes a rectification the actor may see: refused as not found outside their view, as
     * {@code forbidden} when {@code mayAct} says it is not theirs to do, as a conflict in a status
     * other than {@code from}, in this order (a ticket's transitions check the party before the
     * state too).
     */
    private Rectification changeRectification(String id, Actor actor, Set<RectificationStatus> from,
            Predicate<RectificationEntity> mayAct, String forbidden, Change change) {
        Instant now = clock.instant();
        List<Notification> outbox = new ArrayList<>();
        Rectification changed = Conflicts.translated(Map.of(), "RECTIFICATION_CHANGED", () -> database.jpa().txExpr(TransactionType.Required, em -> {
            RectificationEntity rect = id == null ? null : em.find(RectificationEntity.class, id);
            Ticket ticket = visibleTicket(em, rect, actor);
            if (!mayAct.test(rect)) {
                throw M.refusal(Refusal.Kind.FORBIDDEN, forbidden);
            }
            if (!from.contains(rect.status)) {
                throw M.refusal(Refusal.Kind.CONFLICT, "RECTIFICATION_NOT_ALLOWED", rect.status);
            }
            List<Object> named = change.apply(em, rect, now);
            outbox.addAll(tell(em, rect, ticket, named, actor));
            em.flush();
            return toDto(rect, ticket.number, actor);
        }));
        inbox.deliver(outbox);
        return changed;
    }

    /**
     * Who hears of a rectification step: the unit that must rectify once the window verified
     * the complaint; the talent (the rater is told the result and may rate it) and, for a unit's
     * rectification, the window once it is rectified; the window, the talent office and the unit
     * once it is re-rated, and the talent when staff re-rated it in their name ({@code actor}).
     */
    private List<Notification> tell(EntityManager em, RectificationEntity rect, Ticket ticket, List<Object> named,
            Actor actor) {
        List<Recipient> to = new ArrayList<>();
        Recipient windowRole = Recipient.role(Role.WINDOW.principalName(), ticket.jurisdiction);
        List<Object> args = new ArrayList<>(List.of(ticket.number,
                InboxImpl.ServiceName.of(ticket)));
        args.addAll(named.isEmpty() ? List.of(new InboxImpl.UnitName(rect.unit), Times.shown(rect.dueAt, calendar.zone()))
                : named);
        List<Notification> made = new ArrayList<>();
        switch (rect.status) {
            case CALLED_BACK -> to.add(rect.unit == null ? windowRole : Recipient.unit(rect.unit));
            case RECTIFIED -> {
                to.add(owner(em, ticket));
                // Whoever records a re-rating given by phone is told what it does next, not invited
                // to rate: the window for a unit's rectification, the talent office for the window's.
                made.addAll(inbox.record(em, List.of(rect.unit != null ? windowRole
                        : Recipient.role(Role.SUPERVISOR.principalName(), ticket.jurisdiction)),
                        NotificationKind.TRANSITION, ticket.id, ticket.number,
                        rect.unit != null ? "RECTIFICATION_RECTIFIED_WINDOW" : "RECTIFICATION_RECTIFIED_OFFICE",
                        args.toArray()));
            }
            case RE_RATED -> {
                // The unit learns how its rectification was judged, as the window and the office do.
                to.add(windowRole);
                to.add(Recipient.role(Role.SUPERVISOR.principalName(), ticket.jurisdiction));
                if (rect.unit != null) {
                    to.add(Recipient.unit(rect.unit));
                }
                if (!ownRating(actor)) {
                    made.addAll(toldRecordedForThem(em, ticket, em.find(RatingEntity.class, rect.reRatingId), actor));
                }
            }
            default -> {
                // OPEN and VOIDED are not reached through this path.
            }
        }
        made.addAll(inbox.record(em, to, NotificationKind.TRANSITION, ticket.id, ticket.number,
                "RECTIFICATION_" + rect.status.name(), args.toArray()));
        return made;
    }

    /** The talent of a ticket as a recipient; null when they have no account (offline only). */
    private static Recipient owner(EntityManager em, Ticket ticket) {
        TalentEntity talent = em.find(TalentEntity.class, ticket.talentId);
        return talent == null || talent.account == null ? null : Recipient.account(talent.account);
    }

    /**
     * Who hears that a rating is void: the window, the talent unless it was their own doing
     * ({@code tellTalent}), and the unit that was to rectify it (its rectification is withdrawn);
     * {@code args}: the stage, and the reason where there is one.
     */
    private List<Notification> toldOfVoid(EntityManager em, Voided v, Ticket ticket, boolean tellTalent, String key,
            Object... args) {
        List<Recipient> to = new ArrayList<>();
        if (tellTalent) {
            to.add(owner(em, ticket));
        }
        to.add(Recipient.role(Role.WINDOW.principalName(), ticket.jurisdiction));
        List<Object> shown = new ArrayList<>(List.of(ticket.number,
                InboxImpl.ServiceName.of(ticket)));
        shown.addAll(List.of(args));
        List<Notification> made = new ArrayList<>(inbox.record(em, to, NotificationKind.TRANSITION, ticket.id,
                ticket.number, key, shown.toArray()));
        // Voided on appeal, the reason goes with it, as to the talent and the window.
        boolean onAppeal = "RATING_VOIDED".equals(key);
        Object reason = onAppeal && args.length > 1 ? args[1] : "-";
        if (v.reRated() != null && onAppeal) {
            // Art.8: the unit learns how the account of its rectification ends after an appeal against
            // its re-rating (it was last told of that re-rating), as the talent office that supervises it.
            made.addAll(toldOfRectification(em, v.reRated(), ticket,
                    v.reRated().status == RectificationStatus.RE_RATED ? "RERATING_VOIDED_SETTLED" : "RERATING_VOIDED_AGAIN",
                    reason));
        }
        if (v.withdrawn() != null) {
            made.addAll(toldOfRectification(em, v.withdrawn(), ticket,
                    onAppeal ? "RECTIFICATION_WITHDRAWN_VOIDED" : "RECTIFICATION_WITHDRAWN", reason));
        }
        return made;
    }

    /** Whoever was to rectify it, and the talent office that supervises rectifications. */
    private List<Notification> toldOfRectification(EntityManager em, RectificationEntity rect, Ticket ticket, String key,
            Object reason) {
        List<Recipient> told = new ArrayList<>(List.of(Recipient.role(Role.SUPERVISOR.principalName(), ticket.jurisdiction)));
        if (rect.unit != null) {
            told.add(Recipient.unit(rect.unit));
        }
        return inbox.record(em, told, NotificationKind.TRANSITION, ticket.id, ticket.number, key,
                ticket.number, InboxImpl.ServiceName.of(ticket), reason);
    }

    /**
     * A voided rating's effect: the rectification withdrawn with it, if any; or, for a voided
     * re-rating, the rectification it judged.
     */
    private record Voided(RectificationEntity withdrawn, RectificationEntity reRated) {
    }

    /**
     * Marks a rating void, kept with who, when and why. The rectification of a bad rating is
     * withdrawn with it unless already re-rated; a voided re-rating leaves its rectification
     * rectified, to be re-rated anew (a new rating of the stage may follow an appeal), unless no
     * re-rating may follow: voided as malicious (the appeal settles the stage), or the bad rating
     * it answered is void already. Then the rectification stays re-rated, pointing at the voided
     * re-rating, instead of waiting for ever.
     */
    private static Voided voidRating(EntityManager em, RatingEntity r, String reason, Actor actor, Instant now) {
        return voidRating(em, r, reason, actor, now, true);
    }

    /** As above; without {@code withdraw}, a live rectification is left to be carried to a new rating. */
    private static Voided voidRating(EntityManager em, RatingEntity r, String reason, Actor actor, Instant now,
            boolean withdraw) {
        r.voided = true;
        r.activeKey = r.id;
        r.voidReason = reason;
        r.voidedBy = actor.account();
        r.voidedAt = Times.utc(now);
        RectificationEntity rect = withdraw ? rectificationOf(em, r.id) : null;
        if (rect != null && rect.status != RectificationStatus.RE_RATED && rect.status != RectificationStatus.VOIDED) {
            rect.status = RectificationStatus.VOIDED;
            return new Voided(rect, null);
        }
        RectificationEntity judged = null;
        if (r.stage == RatingStage.RECTIFICATION) {
            for (RectificationEntity rerated : em.createQuery("select r from RectificationEntity r where r.reRatingId = :id",
                    RectificationEntity.class).setParameter("id", r.id).getResultList()) {
                judged = rerated;
                RatingEntity bad = em.find(RatingEntity.class, rerated.ratingId);
                // Settled when no re-rating may follow: voided as malicious (the appeal closes the
                // stage), or the bad rating it answered is void already (RECTIFICATION_RATING_VOIDED).
                if (!r.voidedAsMalicious && (bad == null || !bad.voided)) {
                    // Back to waiting for a re-rating: it points at none until a new one is given.
                    rerated.status = RectificationStatus.RECTIFIED;
                    rerated.reRatingId = null;
                }
            }
        }
        return new Voided(null, judged);
    }

    /**
     * Art.8 appeal: a rating voided as malicious settles its stage. Letting the same talent rate
     * it again at once would undo the appeal.
     */
    private void refuseClosedOnAppeal(List<RatingEntity> voidedAsMalicious) {
        if (!voidedAsMalicious.isEmpty()) {
            throw M.refusal(Refusal.Kind.CONFLICT, "RATING_CLOSED_ON_APPEAL",
                    Times.shown(voidedAsMalicious.get(0).voidedAt, calendar.zone()));
        }
    }

    private static String superseded() {
        return M.zh("text.RATING_SUPERSEDED") + " / " + M.en("text.RATING_SUPERSEDED");
    }

    /** Who gave a re-rating, as its notice names them. */
    private static Messages.Named ownWord(Actor actor) {
        String key = actor.has(Role.WINDOW) ? "text.WINDOW_FOR_TALENT"
                : actor.has(Role.SUPERVISOR) ? "text.OFFICE_FOR_TALENT" : "text.TALENT";
        return new Messages.Named(M.zh(key), M.en(key));
    }

    /** The talent rating for themselves a stage the window rated on their behalf. */
    private static boolean ownWordOverClerk(RatingEntity prior, Actor actor) {
        return ownRating(actor) && !actor.account().equals(prior.recordedBy);
    }

    private static RatingEntity newRating(EntityManager em, String ticketId, RatingInput in, Actor actor, Instant now) {
        RatingEntity r = new RatingEntity();
        r.id = RecordIds.next();
        r.ticketId = ticketId;
        r.stage = in.stage;
        r.level = in.level;
        r.comment = in.comment;
        r.ratedAt = Times.utc(now);
        r.recordedBy = actor.account();
        r.activeKey = in.stage == RatingStage.RECTIFICATION ? r.id : ACTIVE;
        em.persist(r);
        return r;
    }

    private static RatingInput checked(RatingInput input, boolean stageRequired) {
        Violations v = new Violations(M);
        RatingInput out = new RatingInput();
        if (input == null) {
            v.add("", "REQUIRED");
            v.throwIfAny("RATING_INVALID");
        }
        if (stageRequired && input.stage == null) {
            v.add("stage", "REQUIRED");
        } else if (!stageRequired && input.stage != null) {
            // A re-rating is always of the rectification: a stage given here would be ignored.
            v.add("stage", "NOT_USED_BY_ACTION", new Messages.Named(M.zh("text.RE_RATING"), M.en("text.RE_RATING")));
        }
        if (input.level == null) {
            v.add("level", "REQUIRED");
        }
        String comment = v.text("comment", input.comment, MAX_TEXT, false);
        v.throwIfAny("RATING_INVALID");
        out.stage = input.stage;
        out.level = input.level;
        out.comment = comment;
        return out;
    }

    /** A required text, refused as {@code refusal} (a rating's, or a rectification's). */
    private static String text(String field, String value, String refusal) {
        Violations v = new Violations(M);
        String s = v.text(field, value, MAX_TEXT, true);
        v.throwIfAny(refusal);
        return s;
    }

    private static RectificationEntity rectificationOf(EntityManager em, String ratingId) {
        List<RectificationEntity> l = em.createQuery("select r from RectificationEntity r where r.ratingId = :id",
                RectificationEntity.class).setParameter("id", ratingId).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }



    /**
     * Staff logins are internal (as in a ticket's history): a talent reads who rated, voided, called
     * back or rectified as the parties the rating names, not by account; their own account stays.
     */
    private static String shown(String account, Actor reader) {
        return account == null || !Access.isTalentOnly(reader) || account.equals(reader.account()) ? account : null;
    }

    private static Rating toDto(RatingEntity r, RectificationEntity rect, String ticketNumber, Actor reader) {
        Rating d = new Rating();
        d.id = r.id;
        d.ticketId = r.ticketId;
        d.stage = r.stage;
        d.level = r.level;
        d.rectificationId = r.rectificationId;
        d.comment = r.comment;
        d.ratedAt = Times.instant(r.ratedAt);
        d.recordedBy = shown(r.recordedBy, reader);
        d.voided = r.voided;
        d.voidReason = r.voidReason;
        d.voidedAsMalicious = r.voidedAsMalicious;
        d.voidedBy = shown(r.voidedBy, reader);
        d.voidedAt = Times.instant(r.voidedAt);
        d.rectification = rect == null ? null : toDto(rect, ticketNumber, reader);
        return d;
    }

    private static Rectification toDto(RectificationEntity e, String ticketNumber, Actor reader) {
        Rectification d = new Rectification();
        d.id = e.id;
        d.ratingId = e.ratingId;
        d.ticketId = e.ticketId;
        d.ticketNumber = ticketNumber;
        d.unit = e.unit;
        d.status = e.status;
        d.openedAt = Times.instant(e.openedAt);
        d.dueAt = Times.instant(e.dueAt);
        d.calledBackAt = Times.instant(e.calledBackAt);
        d.calledBackBy = shown(e.calledBackBy, reader);
        d.callBackNote = e.callBackNote;
        d.rectifiedAt = Times.instant(e.rectifiedAt);
        d.rectifiedBy = shown(e.rectifiedBy, reader);
        d.result = e.result;
        d.late = e.rectifiedAt != null && e.rectifiedAt.isAfter(e.dueAt);
        d.reRatingId = e.reRatingId;
        return d;
    }
}
