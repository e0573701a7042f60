package cn.lyg.talent.engine.internal.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.InstanceSettings;
import cn.lyg.talent.api.Page;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.notify.Notification;
import cn.lyg.talent.api.notify.NotificationKind;
import cn.lyg.talent.api.notify.Recipient;
import cn.lyg.talent.api.org.JurisdictionDirectory;
import cn.lyg.talent.api.org.UnitDirectory;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.rating.RectificationStatus;
import cn.lyg.talent.api.supervision.Assessment;
import cn.lyg.talent.api.supervision.AssessmentQuery;
import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.supervision.Supervision;
import cn.lyg.talent.api.supervision.SupervisionNotice;
import cn.lyg.talent.api.supervision.SweepResult;
import cn.lyg.talent.engine.internal.Access;
import cn.lyg.talent.engine.internal.Failures;
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
import cn.lyg.talent.engine.internal.store.RectificationNoticeEntity;
import cn.lyg.talent.engine.internal.store.SupervisionNoticeEntity;
import cn.lyg.talent.engine.internal.store.TicketEntity;
import cn.lyg.talent.engine.internal.store.TicketStepEntity;

/**
 * Supervision (督办, Art.8) of the Art.7 deadlines. A sweep finds open steps past their due time
 * and raises one notice per missed deadline to the responsible unit (the window for its own
 * steps) and to the talent office; on the morning of the due day it warns. The unique key on
 * (step, kind) makes a notice happen once, across restarts and across nodes sweeping at once.
 */
@Component(service = Supervision.class, configurationPid = SupervisionConfiguration.PID, immediate = true)
@Designate(ocd = SupervisionConfiguration.class)
public class SupervisionImpl implements Supervision {
    private static final Logger LOG = LoggerFactory.getLogger(SupervisionImpl.class);
    private static final Messages M = Messages.ENGINE;

    private final Database database;
    private final UnitDirectory units;
    private final InboxImpl inbox;
    private final JurisdictionDirectory jurisdictions;
    private final InstanceSettings settings;
    private final Clock clock;
    private final LocalTime warningTime;
    private final ScheduledExecutorService scheduler;

    @Activate
    public SupervisionImpl(SupervisionConfiguration config, @Reference Database database,
            @Reference InboxImpl inbox, @Reference JurisdictionDirectory jurisdictions,
            @Reference InstanceSettings settings, @Reference(policyOption = ReferencePolicyOption.GREEDY) Clock clock,
            @Reference UnitDirectory units) {
        this.units = units;
        this.database = database;
        this.inbox = inbox;
        this.jurisdictions = jurisdictions;
        this.settings = settings;
        this.clock = clock;
        String w = config.warningTime() == null ? "" : config.warningTime().strip();
        try {
            this.warningTime = w.isEmpty() ? null : LocalTime.parse(w);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(SupervisionConfiguration.PID + ": warningTime must be HH:mm, got '" + w + "'",
                    e);
        }
        // A bad value does not stop supervision (Art.8): the default interval applies (CoreSetting).
        int interval = CoreSetting.whole(SupervisionConfiguration.class, SupervisionConfiguration.PID,
                "sweepIntervalSeconds", config::sweepIntervalSeconds, 0, Integer.MAX_VALUE);
        if (interval > 0) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "talent-supervision-sweep");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::scheduledSweep, interval, interval, TimeUnit.SECONDS);
        } else {
            scheduler = null;
        }
    }

    @Deactivate
    void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void scheduledSweep() {
        try {
            SweepResult r = sweep();
            if (r.overdueNotices > 0 || r.warnings > 0) {
                LOG.info("Supervision sweep raised {} overdue notice(s) and {} warning(s)", r.overdueNotices, r.warnings);
            }
        } catch (RuntimeException e) {
            // The schedule must survive a failed run (e.g. the database restarting).
            LOG.error("Supervision sweep failed: {}", Failures.withoutMessages(e));
        }
    }

    private record Due(String stepId, NoticeKind kind) {
    }

    @Override
    public SweepResult sweep() {
        Instant now = clock.instant();
        LocalDateTime nowUtc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<Due> due = new ArrayList<>();
        database.jpa().tx(TransactionType.Required, em -> {
            // Art.7 deadline passed, step not done, no notice yet.
            for (String id : em.createQuery("select s.id from TicketStepEntity s where s.outcome = 'OPEN'"
                    + " and s.dueAt < :now and not exists (select n from SupervisionNoticeEntity n"
                    + " where n.stepId = s.id and n.kind = :kind)", String.class)
                    .setParameter("now", nowUtc).setParameter("kind", NoticeKind.OVERDUE).getResultList()) {
                due.add(new Due(id, NoticeKind.OVERDUE));
            }
            LocalDate today = LocalDate.ofInstant(now, settings.zone());
            if (warningTime != null && !now.isBefore(today.atTime(warningTime).atZone(settings.zone()).toInstant())) {
                LocalDateTime endOfToday = LocalDateTime.ofInstant(
                        today.plusDays(1).atStartOfDay(settings.zone()).toInstant(), ZoneOffset.UTC);
                for (String id : em.createQuery("select s.id from TicketStepEntity s where s.outcome = 'OPEN'"
                        + " and s.dueAt >= :now and s.dueAt < :end and not exists (select n from SupervisionNoticeEntity n"
                        + " where n.stepId = s.id and n.kind = :kind)", String.class)
                        .setParameter("now", nowUtc).setParameter("end", endOfToday)
                        .setParameter("kind", NoticeKind.WARNING).getResultList()) {
                    due.add(new Due(id, NoticeKind.WARNING));
                }
            }
        });
        SweepResult result = new SweepResult();
        // Art.8 also presses the rectification of bad ratings by their deadline.
        // Once per party: the window while it has not called back (or when the complaint is about
        // the window), the unit once it may rectify, even if the window called back only late.
        List<String> lateRectifications = database.jpa().txExpr(TransactionType.Required, em -> em.createQuery(
                "select r.id from RectificationEntity r where r.dueAt < :now and ("
                        + "((r.status = :open or (r.status = :calledBack and r.unit is null)) and not exists"
                        + " (select n from RectificationNoticeEntity n where n.rectificationId = r.id and n.party = :window))"
                        + " or (r.status = :calledBack and r.unit is not null and not exists"
                        + " (select n from RectificationNoticeEntity n where n.rectificationId = r.id and n.party = :unit)))",
                String.class).setParameter("open", RectificationStatus.OPEN)
                .setParameter("calledBack", RectificationStatus.CALLED_BACK)
                .setParameter("window", RectificationNoticeEntity.WINDOW).setParameter("unit", RectificationNoticeEntity.UNIT)
                .setParameter("now", nowUtc).getResultList());
        for (String id : lateRectifications) {
            if (raiseRectification(id, nowUtc)) {
                result.rectificationNotices++;
            }
        }
        for (Due d : due) {
            if (raise(d, nowUtc)) {
                if (d.kind() == NoticeKind.OVERDUE) {
                    result.overdueNotices++;
                } else {
                    result.warnings++;
                }
            }
        }
        return result;
    }

    /**
     * Raises one notice in its own transaction: {@code work} persists the notice and returns its
     * notifications. False when another sweep raised it first, which {@code uniqueKey} tells.
     */
    private boolean once(String uniqueKey, Function<EntityManager, List<Notification>> work) {
        List<Notification> outbox;
        try {
            outbox = Conflicts.translated(Map.of(uniqueKey, "NOTICE_EXISTS"), "NOTICE_EXISTS",
                    () -> database.jpa().txExpr(TransactionType.Required, em -> {
                        List<Notification> made = work.apply(em);
                        em.flush();
                        return made;
                    }));
        } catch (Refusal r) {
            if ("NOTICE_EXISTS".equals(r.code())) {
                return false;
            }
            throw r;
        }
        inbox.deliver(outbox);
        return true;
    }

    private String shown(LocalDateTime utc) {
        return Times.shown(utc, settings.zone());
    }

    private boolean raise(Due d, LocalDateTime nowUtc) {
        return once("UK_NOTICE_STEP", em -> {
            TicketEntity t = em.createQuery("select t from TicketEntity t join t.steps s where s.id = :id",
                    TicketEntity.class).setParameter("id", d.stepId()).getSingleResult();
            TicketStepEntity step = em.find(TicketStepEntity.class, d.stepId());
            SupervisionNoticeEntity n = new SupervisionNoticeEntity();
            n.id = RecordIds.next();
            n.kind = d.kind();
            n.ticketId = t.id;
            n.ticketNumber = t.number;
            n.stepId = step.id;
            n.step = step.step;
            n.unit = step.unit;
            n.jurisdiction = t.jurisdiction;
            n.dueAt = step.dueAt;
            n.raisedAt = nowUtc;
            em.persist(n);
            List<Recipient> to = new ArrayList<>();
            to.add(step.unit != null ? Recipient.unit(step.unit)
                    : Recipient.role(Role.WINDOW.principalName(), t.jurisdiction));
            if (d.kind() == NoticeKind.OVERDUE) {
                // Art.8: the talent office presses for completion.
                to.add(Recipient.role(Role.SUPERVISOR.principalName(), t.jurisdiction));
            }
            return inbox.record(em, to, d.kind() == NoticeKind.OVERDUE
                    ? NotificationKind.SUPERVISION_NOTICE : NotificationKind.DEADLINE_WARNING,
                    t.id, t.number, d.kind().name(), t.number, InboxImpl.ServiceName.of(t),
                    new InboxImpl.UnitName(step.unit), step.step, shown(step.dueAt));
        });
    }

    private boolean raiseRectification(String rectificationId, LocalDateTime nowUtc) {
        return once("UK_RECTIFICATION_NOTICE_PARTY", em -> {
            RectificationEntity r = em.find(RectificationEntity.class, rectificationId);
            TicketEntity t = em.find(TicketEntity.class, r.ticketId);
            RectificationNoticeEntity n = new RectificationNoticeEntity();
            n.id = RecordIds.next();
            n.rectificationId = r.id;
            n.ticketId = t.id;
            n.ticketNumber = t.number;
            // Art.8: pressed is whoever holds it up. Until the window has called back and verified
            // the complaint the unit cannot rectify, so the window is pressed, not the unit, and
            // the notice is the window's (no unit), not filed under the unit.
            boolean callBackMissing = r.status == RectificationStatus.OPEN;
            n.unit = callBackMissing ? null : r.unit;
            n.party = n.unit == null ? RectificationNoticeEntity.WINDOW : RectificationNoticeEntity.UNIT;
            n.jurisdiction = r.jurisdiction;
            n.dueAt = r.dueAt;
            n.raisedAt = nowUtc;
            em.persist(n);
            Recipient windowRole = Recipient.role(Role.WINDOW.principalName(), t.jurisdiction);
            List<Recipient> to = List.of(callBackMissing || r.unit == null ? windowRole : Recipient.unit(r.unit),
                    Recipient.role(Role.SUPERVISOR.principalName(), t.jurisdiction));
            // The stage rated names which rectification it is: a request may have one for its
            // acceptance (the window's) and one for its completion (the unit's) at once.
            RatingEntity rated = em.find(RatingEntity.class, r.ratingId);
            return inbox.record(em, to, NotificationKind.SUPERVISION_NOTICE, t.id, t.number,
                    callBackMissing ? "RECTIFICATION_OVERDUE_CALL_BACK" : "RECTIFICATION_OVERDUE", t.number,
                    InboxImpl.ServiceName.of(t),
                    new InboxImpl.UnitName(r.unit), rated == null ? RatingStage.COMPLETION : rated.stage,
                    shown(r.dueAt));
        });
    }

    @Override
    public Page<SupervisionNotice> notices(NoticeKind kind, String unit, Actor actor, int offset, int limit) {
        Access.require(actor, Role.SUPERVISOR, Role.WINDOW, Role.ADMIN, Role.DEPARTMENT);
        Violations v = new Violations(M);
        v.page(offset, limit, 200);
        boolean office = actor.hasAny(Role.SUPERVISOR, Role.WINDOW, Role.ADMIN);
        if (office && unit != null && !unit.isBlank() && units.get(UnitDirectoryImpl.code(unit)).isEmpty()) {
            // An unknown unit would list nothing, which reads as "no notices".
            v.add("unit", "UNIT_UNKNOWN");
        }
        v.throwIfAny("QUERY_INVALID");
        List<String> scope = new Scope(jurisdictions, settings).codes(actor);
        String asked = unit == null || unit.isBlank() ? null : UnitDirectoryImpl.code(unit);
        String own = actor.unit() == null ? "" : actor.unit();
        // A unit reads its own notices only: a department login without a unit grant, or asking for
        // another unit's, has none to read (no unit's code is empty).
        String onlyUnit = office ? asked : asked == null || asked.equals(own) ? own : "";
        boolean byUnit = !office || asked != null;
        StringBuilder where = new StringBuilder(" where n.jurisdiction in :scope");
        if (kind != null) {
            where.append(" and n.kind = :kind");
        }
        if (byUnit) {
            where.append(" and n.unit = :unit");
        }
        return database.jpa().txExpr(TransactionType.Required, em -> {
            var count = em.createQuery("select count(n) from SupervisionNoticeEntity n" + where, Long.class);
            var page = em.createQuery("select n from SupervisionNoticeEntity n" + where + " order by n.raisedAt desc, n.id",
                    SupervisionNoticeEntity.class);
            // Rectification notices are OVERDUE notices too: both lists are merged by time.
            boolean withRectifications = kind == null || kind == NoticeKind.OVERDUE;
            String rwhere = where.toString().replace(" and n.kind = :kind", "");
            var rcount = em.createQuery("select count(n) from RectificationNoticeEntity n" + rwhere, Long.class);
            var rpage = em.createQuery("select n from RectificationNoticeEntity n" + rwhere
                    + " order by n.raisedAt desc, n.id", RectificationNoticeEntity.class);
            rcount.setParameter("scope", scope);
            rpage.setParameter("scope", scope);
            if (byUnit) {
                rcount.setParameter("unit", onlyUnit);
                rpage.setParameter("unit", onlyUnit);
            }
            count.setParameter("scope", scope);
            page.setParameter("scope", scope);
            if (kind != null) {
                count.setParameter("kind", kind);
                page.setParameter("kind", kind);
            }
            if (byUnit) {
                count.setParameter("unit", onlyUnit);
                page.setParameter("unit", onlyUnit);
            }
            List<SupervisionNotice> merged = new ArrayList<>(page.setMaxResults(offset + limit).getResultList().stream()
                    .map(SupervisionImpl::toDto).toList());
            long total = count.getSingleResult();
            if (withRectifications) {
                merged.addAll(rpage.setMaxResults(offset + limit).getResultList().stream()
                        .map(SupervisionImpl::toDto).toList());
                total += rcount.getSingleResult();
            }
            merged.sort(Comparator.comparing((SupervisionNotice n) -> n.raisedAt).reversed()
                    .thenComparing(n -> n.id));
            List<SupervisionNotice> items = merged.subList(Math.min(offset, merged.size()),
                    Math.min(offset + limit, merged.size()));
            return new Page<>(new ArrayList<>(items), total, offset, limit);
        });
    }

    @Override
    public Assessment assess(AssessmentQuery query, Actor actor) {
        // Art.8: the talent office assesses; the operator may read it too.
        Access.require(actor, Role.SUPERVISOR, Role.ADMIN);
        AssessmentQuery q = query == null ? new AssessmentQuery() : query;
        Instant now = clock.instant();
        LocalDate today = now.atZone(settings.zone()).toLocalDate();
        // Without days: this month, its steps not yet due as pending; from a day: up to today;
        // to a day: from its month's first.
        LocalDate first = q.from != null ? q.from : (q.to != null ? q.to : today).withDayOfMonth(1);
        LocalDate last = q.to != null ? q.to : q.from != null ? today : today.withDayOfMonth(today.lengthOfMonth());
        Violations v = new Violations(M);
        v.date("from", q.from, Violations.EARLIEST, Violations.LATEST);
        v.date("to", q.to, Violations.EARLIEST, Violations.LATEST);
        if (!v.has("from") && !v.has("to") && last.isBefore(first)) {
            if (q.to != null) {
                v.add("to", "BEFORE_FROM", first);
            } else {
                v.add("from", "DATE_IN_FUTURE");
            }
        }
        Scope scope = new Scope(jurisdictions, settings);
        String area = q.jurisdiction == null || q.jurisdiction.isBlank() ? null : q.jurisdiction.strip();
        if (area != null && jurisdictions.get(area).isEmpty()) {
            v.add("jurisdiction", "JURISDICTION_UNKNOWN");
        } else if (area != null && !scope.covers(actor, area)) {
            v.add("jurisdiction", "JURISDICTION_OUTSIDE");
        }
        v.throwIfAny("QUERY_INVALID");
        List<String> codes = scope.codes(actor).stream()
                .filter(c -> area == null || jurisdictions.covers(area, c)).toList();
        Assessment a = database.jpa().txExpr(TransactionType.Required,
                em -> new Assessor(em, codes, first, last, settings.zone(), now).assess());
        a.from = first;
        a.to = last;
        a.computedAt = now;
        return a;
    }

    private static SupervisionNotice toDto(RectificationNoticeEntity e) {
        SupervisionNotice n = new SupervisionNotice();
        n.id = e.id;
        n.kind = NoticeKind.OVERDUE;
        n.ticketId = e.ticketId;
        n.ticketNumber = e.ticketNumber;
        n.rectificationId = e.rectificationId;
        n.unit = e.unit;
        n.dueAt = e.dueAt.toInstant(ZoneOffset.UTC);
        n.raisedAt = e.raisedAt.toInstant(ZoneOffset.UTC);
        return n;
    }

    private static SupervisionNotice toDto(SupervisionNoticeEntity e) {
        SupervisionNotice n = new SupervisionNotice();
        n.id = e.id;
        n.kind = e.kind;
        n.ticketId = e.ticketId;
        n.ticketNumber = e.ticketNumber;
        n.step = e.step;
        n.unit = e.unit;
        n.dueAt = e.dueAt.toInstant(ZoneOffset.UTC);
        n.raisedAt = e.raisedAt.toInstant(ZoneOffset.UTC);
        return n;
    }
}
