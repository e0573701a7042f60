package cn.lyg.talent.engine.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import javax.persistence.EntityManager;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.engine.internal.store.AuditRecordEntity;

/**
 * Appends audit records in the caller's transaction, so a write and its record commit or roll
 * back together. Details never carry identity or phone numbers.
 */
public final class Audit {

    private Audit() {
    }

    public static void record(EntityManager em, Clock clock, Actor actor, String action, String entityType,
            String entityId, String detail) {
        AuditRecordEntity a = new AuditRecordEntity();
        a.id = RecordIds.next();
        a.at = utcNow(clock);
        a.actor = actor.account();
        a.action = action;
        a.entityType = entityType;
        a.entityId = entityId;
        a.detail = detail;
        em.persist(a);
    }

    /** Timestamps are stored in UTC. */
    public static LocalDateTime utcNow(Clock clock) {
        return Times.utc(clock.instant());
    }
}
