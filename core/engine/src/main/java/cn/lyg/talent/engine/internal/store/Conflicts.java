package cn.lyg.talent.engine.internal.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * A change sent with a version other than the record's: names the field and both versions, so
     * that a client reloads instead of looking for a fault in what it sent. (The versions go as
     * text: a number argument would be grouped, 1,000.)
     */
    public static Refusal stale(long sent, long current) {
        return Messages.ENGINE.refusal(Refusal.Kind.CONFLICT, "STALE_VERSION",
                List.of(Messages.ENGINE.field("version", "VERSION_NOW", String.valueOf(current), String.valueOf(sent))));
    }

    /**
     * Runs {@code work}; a unique constraint hit becomes a CONFLICT refusal with the code mapped
     * to the constraint's name (upper case, as the schema declares it), else {@code fallbackCode}.
     */
    public static <T> T translated(Map<String, String> codeByConstraint, String fallbackCode, Supplier<T> work) {
        try {
            return work.get();
        } catch (Refusal r) {
            throw r;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    // Seen at commit: another save came between this one's read and its write.
                    throw Messages.ENGINE.refusal(Refusal.Kind.CONFLICT, "STALE_VERSION",
                            List.of(Messages.ENGINE.field("version", "VERSION_CHANGED")));
                }
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    String text = String.valueOf(sql.getMessage()).toUpperCase(Locale.ROOT);
                    String code = codeByConstraint.entrySet().stream().filter(c -> text.contains(c.getKey()))
                            .map(Map.Entry::getValue).findFirst().orElse(fallbackCode);
                    throw Messages.ENGINE.refusal(Refusal.Kind.CONFLICT, code);
                }
            }
            throw e;
        }
    }
}
