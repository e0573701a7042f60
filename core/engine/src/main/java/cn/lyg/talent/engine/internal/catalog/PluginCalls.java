package cn.lyg.talent.engine.internal.catalog;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.catalog.Provider;

/**
 * Calls into plugin code with a time limit, on threads of the platform's, so that a plugin that
 * throws or hangs costs the request at most the limit and is named in the log. The log line
 * carries the plugin and the exception's class, never its message, which may hold personal data;
 * the message goes on the ticket, which only its parties read.
 */
public final class PluginCalls implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PluginCalls.class);
    /** A hung plugin holds a thread until it returns; past this many, calls fail at once. */
    private static final int MAX_THREADS = 64;

    /** The answer of one call: a value, a refusal the plugin meant, or a failure to record. */
    public record Result<T>(T value, Refusal refusal, String failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final ExecutorService threads;
    private final Duration limit;

    public PluginCalls(Duration limit) {
        this.limit = limit;
        AtomicInteger n = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "talent-plugin-call-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Runs {@code call}; {@code what} says in the log what was asked (e.g. "eligibility rule of
     * gold-card"). A {@link Refusal} thrown by the plugin is passed back as such.
     */
    public <T> Result<T> call(Provider plugin, String what, Callable<T> call) {
        Future<T> future;
        try {
            future = threads.submit(call);
        } catch (RejectedExecutionException e) {
            LOG.error("Plugin {}: {} not called, {} plugin calls are still hanging", plugin, what, MAX_THREADS);
            return new Result<>(null, null, "busy: too many plugin calls hanging");
        }
        try {
            return new Result<>(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), null, null);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.error("Plugin {}: {} did not answer within {} ms", plugin, what, limit.toMillis());
            return new Result<>(null, null, "no answer within " + limit.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Refusal r) {
                return new Result<>(null, r, null);
            }
            LOG.error("Plugin {}: {} failed with {}", plugin, what, cause.getClass().getName());
            return new Result<>(null, null, cause.getClass().getName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Result<>(null, null, "interrupted");
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
