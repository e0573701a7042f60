package cn.lyg.talent.engine.internal.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import cn.lyg.talent.api.rating.RatingLevel;
import cn.lyg.talent.api.rating.RatingStage;
import cn.lyg.talent.api.rating.RectificationStatus;
import cn.lyg.talent.api.supervision.Assessment;
import cn.lyg.talent.api.supervision.AssessmentRow;
import cn.lyg.talent.api.supervision.NoticeKind;
import cn.lyg.talent.api.window.StepStatus;
import cn.lyg.talent.engine.internal.Times;
import cn.lyg.talent.engine.internal.store.TicketStepEntity;

/**
 * Counts one period's record per jurisdiction and party (Art.8): the Art.7 deadlines that fell in
 * it, the supervision notices raised, the ratings given and the rectifications opened. The window
 * answers for dispatch and follow-up and for the ratings at acceptance; a unit for first contact
 * and completion and for the ratings at completion.
 */
final class Assessor {
    private final EntityManager em;
    private final List<String> scope;
    private final LocalDateTime from;
    private final LocalDateTime until;
    private final LocalDateTime now;
    /** Rows by jurisdiction, then by unit ("" for the window, which sorts first). */
    private final Map<String, Map<String, AssessmentRow>> rows = new TreeMap<>();

    /** The days {@code first} to {@code last} of {@code zone}, both included, within {@code scope}. */
    Assessor(EntityManager em, List<String> scope, LocalDate first, LocalDate last, ZoneId zone, Instant now) {
        this.em = em;
        this.scope = scope;
        this.from = Times.utc(first.atStartOfDay(zone).toInstant());
        this.until = Times.utc(last.plusDays(1).atStartOfDay(zone).toInstant());
        this.now = Times.utc(now);
    }

    Assessment assess() {
        countSteps();
        countNotices();
        countRatings();
        countRectifications();
        Assessment a = new Assessment();
        AssessmentRow total = new AssessmentRow();
        // By jurisdiction code, and in each the window ("") before the units by code.
        rows.values().forEach(byUnit -> byUnit.values().forEach(r -> {
            a.rows.add(r);
            add(total, r);
        }));
        a.rows.forEach(Assessor::rates);
        rates(total);
        a.total = total;
        return a;
    }

    private void countSteps() {
        List<Object[]> found = em.createQuery("select t.jurisdiction, s from TicketEntity t join t.steps s"
                + " where t.jurisdiction in :scope and s.originalDueAt >= :from and s.originalDueAt < :until", Object[].class)
                .setParameter("scope", scope).setParameter("from", from).setParameter("until", until).getResultList();
        for (Object[] f : found) {
            TicketStepEntity s = (TicketStepEntity) f[1];
            AssessmentRow r = row((String) f[0], s.unit);
            StepStatus status = s.status(now);
            switch (status) {
                case ON_TIME -> r.onTime++;
                case ON_TIME_WITH_DELAY -> r.onTimeWithDelay++;
                case LATE -> r.late++;
                case OVERDUE -> r.overdue++;
                case OPEN -> r.pending++;
                case CANCELLED -> {
                    // A returned, rejected, withdrawn or redirected ticket's step answers to nobody,
                    // unless its due time had passed undone: the miss stays recorded against its
                    // party (the first unit of a redirected ticket, Art.7).
                    if (s.doneAt != null && s.doneAt.isAfter(s.dueAt)) {
                        r.overdue++;
                    }
                }
            }
        }
    }

    private void countNotices() {
        List<Object[]> found = em.createQuery("select n.jurisdiction, n.unit, count(n) from SupervisionNoticeEntity n"
                + " where n.jurisdiction in :scope and n.kind = :kind and n.raisedAt >= :from and n.raisedAt < :until"
                + " group by n.jurisdiction, n.unit", Object[].class)
                .setParameter("scope", scope).setParameter("kind", NoticeKind.OVERDUE)
                .setParameter("from", from).setParameter("until", until).getResultList();
        for (Object[] f : found) {
            row((String) f[0], (String) f[1]).overdueNotices += ((Number) f[2]).intValue();
        }
    }

    private void countRatings() {
        List<Object[]> found = em.createQuery("select t.jurisdiction, t.unit, r.stage, r.level, count(r)"
                + " from RatingEntity r, TicketEntity t where r.ticketId = t.id and t.jurisdiction in :scope"
                + " and r.voided = false and r.stage <> :reRating and r.ratedAt >= :from and r.ratedAt < :until"
                + " group by t.jurisdiction, t.unit, r.stage, r.level", Object[].class)
                .setParameter("scope", scope).setParameter("reRating", RatingStage.RECTIFICATION)
                .setParameter("from", from).setParameter("until", until).getResultList();
        for (Object[] f : found) {
            // Acceptance rates the window's work; completion the unit's (decision 0008).
            String unit = f[2] == RatingStage.ACCEPTANCE ? null : (String) f[1];
            row((String) f[0], unit).ratings.merge((RatingLevel) f[3], ((Number) f[4]).intValue(), Integer::sum);
        }
    }

    private void countRectifications() {
        List<Object[]> found = em.createQuery("select r.jurisdiction, r.unit, r.status, r.dueAt, r.rectifiedAt, r.calledBackAt"
                + " from RectificationEntity r where r.jurisdiction in :scope and r.status <> :voided"
                // Art.8 appeal: a rectification is the record of its bad rating; once that rating is
                // voided (re-rated before the appeal, it kept its status) it is no party's record.
                + " and not exists (select b.id from RatingEntity b where b.id = r.ratingId and b.voided = true)"
                + " and r.openedAt >= :from and r.openedAt < :until", Object[].class)
                .setParameter("scope", scope).setParameter("voided", RectificationStatus.VOIDED)
                .setParameter("from", from).setParameter("until", until).getResultList();
        for (Object[] f : found) {
            LocalDateTime due = (LocalDateTime) f[3];
            LocalDateTime rectified = (LocalDateTime) f[4];
            LocalDateTime calledBack = (LocalDateTime) f[5];
            // Art.8, decision 0015: a rectification is the record of whoever held it up at its due
            // time. The unit cannot rectify before the window has called back and verified the
            // complaint; a call-back not made by the due time makes it the window's.
            boolean windowHeldItUp = calledBack == null ? now.isAfter(due) : calledBack.isAfter(due);
            AssessmentRow r = row((String) f[0], windowHeldItUp ? null : (String) f[1]);
            r.rectifications++;
            if (rectified != null) {
                if (rectified.isAfter(due)) {
                    r.rectifiedLate++;
                } else {
                    r.rectifiedOnTime++;
                }
            } else if (now.isAfter(due)) {
                r.rectificationsOverdue++;
            }
        }
    }

    private AssessmentRow row(String jurisdiction, String unit) {
        return rows.computeIfAbsent(jurisdiction, j -> new TreeMap<>()).computeIfAbsent(unit == null ? "" : unit, u -> {
            AssessmentRow r = new AssessmentRow();
            r.jurisdiction = jurisdiction;
            r.unit = unit;
            return r;
        });
    }

    private static void add(AssessmentRow total, AssessmentRow r) {
        total.onTime += r.onTime;
        total.onTimeWithDelay += r.onTimeWithDelay;
        total.late += r.late;
        total.overdue += r.overdue;
        total.pending += r.pending;
        total.overdueNotices += r.overdueNotices;
        r.ratings.forEach((level, n) -> total.ratings.merge(level, n, Integer::sum));
        total.rectifications += r.rectifications;
        total.rectifiedOnTime += r.rectifiedOnTime;
        total.rectifiedLate += r.rectifiedLate;
        total.rectificationsOverdue += r.rectificationsOverdue;
    }

    private static void rates(AssessmentRow r) {
        int kept = r.onTime + r.onTimeWithDelay;
        int judged = kept + r.late + r.overdue;
        r.onTimeRate = judged == 0 ? null : (double) kept / judged;
        int rated = r.ratings.values().stream().mapToInt(Integer::intValue).sum();
        int satisfied = 0;
        for (Map.Entry<RatingLevel, Integer> e : r.ratings.entrySet()) {
            if (!e.getKey().isBad()) {
                satisfied += e.getValue();
            }
        }
        r.satisfactionRate = rated == 0 ? null : (double) satisfied / rated;
    }
}
