package org.entente.session;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.entente.engine.command.DeadlineReached;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives one {@link Session} its own context: every command, join and leave of that session runs
 * there, one at a time and in arrival order, without locks. It is deployed as a worker (see
 * {@link SessionRegistry#host}) because a command is acknowledged only after its events are on the
 * disk, and that wait must not hold an event loop. It also keeps one timer on the current phase's
 * deadline: when it fires, the session closes the phase itself.
 */
public final class SessionVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(SessionVerticle.class);
    private final Session session;
    private final LongSupplier clock;
    private final BulkLane bulk;
    private volatile boolean closed;
    private volatile Context home;
    /** Actions taken into one group commit at most: a bound on how long any one waits for the others. */
    private static final int MAX_BATCH = 256;
    private final java.util.concurrent.ConcurrentLinkedQueue<Pending<?>> queue = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();
    private long timerId = -1;
    private long timerFor;

    public SessionVerticle(Session session, LongSupplier clock, BulkLane bulk) {
        this.session = session;
        this.clock = clock;
        this.bulk = bulk;
    }

    @Override
    public Future<?> start() {
        home = context;
        home.runOnContext(v -> rearm());
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        closed = true;
        session.close();
        failQueued();
        return Future.succeededFuture();
    }

    /** Actions queued on a stopped session were never decided: their senders hear so (a bulk one frees its permit). */
    private void failQueued() {
        Pending<?> left;
        while ((left = queue.poll()) != null) {
            left.promise().tryFail(new IllegalStateException("the session is no longer served here"));
        }
    }

    public String id() {
        return session.state().sessionId();
    }

    /**
     * Runs an action on the session's thread. Actions that arrive while others run are taken together:
     * one group commit (one fsync) for all of them, and each future completes only after it (see
     * {@link Session#beginBatch}). Failures are logged and reported through the future.
     */
    public <T> Future<T> call(Function<Session, T> action) {
        Promise<T> promise = Promise.promise();
        queue.add(new Pending<>(action, promise));
        if (closed) {
            failQueued();
            return promise.future();
        }
        if (draining.compareAndSet(false, true)) {
            home.runOnContext(v -> drain());
        }
        return promise.future();
    }

    /**
     * Like {@link #call}, for an action that may adjudicate or refresh every view: it joins the session's queue
     * only when the node's {@link BulkLane} lets it, so that other sessions' chat is not held up behind it.
     */
    public <T> Future<T> callBulk(Function<Session, T> action) {
        Promise<T> promise = Promise.promise();
        bulk.enter(() -> call(action).onComplete(done -> {
            bulk.leave();
            promise.handle(done);
        }));
        return promise.future();
    }

    private record Pending<T>(Function<Session, T> action, Promise<T> promise) {
        /** Runs the action; returns how to settle its future once the batch is durable. */
        Runnable run(Session session, String id) {
            try {
                T result = action.apply(session);
                return () -> promise.complete(result);
            } catch (RuntimeException e) {
                LOG.error("session {}: {}", id, e.toString(), e);
                return () -> promise.fail(e);
            }
        }
    }

    private void drain() {
        java.util.List<Pending<?>> taken = new java.util.ArrayList<>();
        java.util.List<Runnable> settle = new java.util.ArrayList<>();
        session.beginBatch();
        try {
            Pending<?> next;
            while (taken.size() < MAX_BATCH && (next = queue.poll()) != null) {
                taken.add(next);
                settle.add(next.run(session, id()));
            }
            session.endBatch();
            settle.forEach(Runnable::run);
        } catch (RuntimeException e) {
            // Nothing of this batch was released: its commands were never acknowledged.
            LOG.error("session {}: the batch could not be made durable: {}", id(), e.toString(), e);
            taken.forEach(p -> p.promise().tryFail(e));
        } finally {
            draining.set(false);
            if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
                home.runOnContext(v -> drain());
            }
            rearm();
        }
    }

    public void run(Consumer<Session> action) {
        call(s -> {
            action.accept(s);
            return null;
        });
    }

    /** Points the timer at the current deadline, if it moved (a phase began, a pause, a resume). */
    private void rearm() {
        if (closed) {
            return;
        }
        long deadline = session.nextDeadline();
        if (deadline == timerFor) {
            return;
        }
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
            timerId = -1;
        }
        timerFor = deadline;
        if (deadline > 0) {
            long delay = Math.max(1, deadline - clock.getAsLong());
            timerId = vertx.setTimer(delay, id -> {
                timerId = -1;
                // timerFor keeps this deadline while its closing waits for the bulk lane: the posts drained
                // meanwhile must not arm a timer for it again (each would queue another DeadlineReached).
                callBulk(s -> s.submitSystem(new DeadlineReached())).onComplete(done -> home.runOnContext(v -> {
                    if (timerFor == deadline) {
                        timerFor = 0;
                    }
                    rearm();
                }));
            });
        }
    }
}
