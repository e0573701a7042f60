package cn.lyg.talent.persistence;

import java.util.Objects;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;

/**
 * The transactions of one RESOURCE_LOCAL persistence unit.
 *
 * <p>A call with {@link TransactionType#Required} runs in the transaction its thread already
 * holds on this unit, or else in a new one on a new entity manager, committed when the call
 * returns and rolled back when it throws; the entity manager is closed either way. A failure
 * of the commit itself reaches the caller as it is (an optimistic lock, a unique key), so that
 * callers can tell a conflict from other failures. {@link TransactionType#RequiresNew} always
 * runs in a transaction of its own, committed or rolled back before the caller's goes on.
 * Other transaction types belong to JTA and are refused, as Aries JPA refuses them for a
 * RESOURCE_LOCAL unit.
 *
 * <p>It keeps the transaction in a thread-local of its own and nothing else: Aries JPA's
 * template ends each call's OSGi coordination through a holder that the garbage collector may
 * finalize while {@code end()} still runs, and then reports a committed transaction as failed
 * ("Coordination failed", ORPHANED; decision 0019).
 */
public final class UnitTransactions implements JpaTemplate {
    private final EntityManagerFactory units;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    public UnitTransactions(EntityManagerFactory units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        Objects.requireNonNull(code, "code");
        if (type == TransactionType.Required) {
            EntityManager joined = current.get();
            return joined != null ? code.apply(joined) : inNewTransaction(code);
        }
        if (type == TransactionType.RequiresNew) {
            EntityManager suspended = current.get();
            try {
                return inNewTransaction(code);
            } finally {
                restore(suspended);
            }
        }
        throw new IllegalArgumentException("Transaction type " + type
                + " is not available on a RESOURCE_LOCAL persistence unit; use Required or RequiresNew");
    }

    private <R> R inNewTransaction(EmFunction<R> code) {
        EntityManager em = units.createEntityManager();
        current.set(em);
        Throwable failure = null;
        try {
            EntityTransaction tx = em.getTransaction();
            tx.begin();
            try {
                R result = code.apply(em);
                tx.commit();
                return result;
            } catch (Throwable e) {
                // Any throwable, a checked one thrown sneakily by plugin code too: an open transaction
                // left to close() would keep its pooled connection.
                failure = e;
                rollback(tx, e);
                throw e;
            }
        } finally {
            current.remove();
            close(em, failure);
        }
    }

    /** Rolls back what is still open; a failing rollback must not hide why it was needed. */
    private static void rollback(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Closes the entity manager; a failure to close goes with the call's own failure, if any, not over it. */
    private static void close(EntityManager em, Throwable failure) {
        try {
            em.close();
        } catch (RuntimeException e) {
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
        }
    }

    private void restore(EntityManager suspended) {
        if (suspended != null) {
            current.set(suspended);
        }
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        Objects.requireNonNull(code, "code");
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }
}
