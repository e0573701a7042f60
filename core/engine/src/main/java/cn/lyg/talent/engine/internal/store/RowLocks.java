package cn.lyg.talent.engine.internal.store;

import javax.persistence.EntityManager;

/**
 * Locks a row until the transaction ends, so that what is read next is the committed state and
 * no one else changes it meanwhile.
 *
 * <p>The lock is taken by an update that sets the version to itself, not by {@code SELECT ... FOR
 * UPDATE}: both hold the row's write lock to the end of the transaction (H2 and PostgreSQL
 * alike), but H2 never keeps a {@code FOR UPDATE} statement prepared and EclipseLink prepares a
 * query with a lock mode anew on each run. The locking select was a sixth of a transition's CPU in
 * the benchmark (docs/performance.md); the update is prepared once per connection. It changes
 * no value, so the row's optimistic version stays what it was.
 */
public final class RowLocks {

    private RowLocks() {
    }

    /** Locks the ticket's row; false when there is no such ticket. */
    public static boolean ticket(EntityManager em, String ticketId) {
        return lock(em, "UPDATE TICKET SET VERSION = VERSION WHERE ID = ?", ticketId);
    }

    /** Locks the talent's row (their submissions one at a time); false when there is no such talent. */
    public static boolean talent(EntityManager em, String talentId) {
        return lock(em, "UPDATE TALENT SET VERSION = VERSION WHERE ID = ?", talentId);
    }

    private static boolean lock(EntityManager em, String sql, String id) {
        return em.createNativeQuery(sql).setParameter(1, id == null ? "" : id).executeUpdate() == 1;
    }
}
