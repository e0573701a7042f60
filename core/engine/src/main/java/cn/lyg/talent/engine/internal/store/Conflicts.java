package cn.lyg.talent.engine.internal.store;

import java.sql.SQLException;
import java.util.function.Supplier;

import javax.persistence.OptimisticLockException;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.engine.internal.Messages;

/**
 * Turns what the database says about concurrent writes into refusals: a unique constraint hit
 * by a concurrent insert that passed the duplicate check, or a version changed meanwhile. The
 * transaction has rolled back by then, so nothing is half-written.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static <T> T translated(String duplicateCode, Supplier<T> work) {
        try {
            return work.get();
        } catch (Refusal r) {
            throw r;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    throw Messages.ENGINE.refusal(Refusal.Kind.CONFLICT, "STALE_VERSION");
                }
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw Messages.ENGINE.refusal(Refusal.Kind.CONFLICT, duplicateCode);
                }
            }
            throw e;
        }
    }
}
