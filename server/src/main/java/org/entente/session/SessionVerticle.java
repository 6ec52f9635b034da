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
    private volatile Context home;
    private long timerId = -1;
    private long timerFor;

    public SessionVerticle(Session session, LongSupplier clock) {
        this.session = session;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        home = context;
        home.runOnContext(v -> rearm());
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        session.close();
        return Future.succeededFuture();
    }

    public String id() {
        return session.state().sessionId();
    }

    /** Runs an action on the session's thread. Failures are logged and reported through the future. */
    public <T> Future<T> call(Function<Session, T> action) {
        Promise<T> promise = Promise.promise();
        home.runOnContext(v -> {
            try {
                promise.complete(action.apply(session));
            } catch (RuntimeException e) {
                LOG.error("session {}: {}", id(), e.toString(), e);
                promise.fail(e);
            } finally {
                rearm();
            }
        });
        return promise.future();
    }

    public void run(Consumer<Session> action) {
        call(s -> {
            action.accept(s);
            return null;
        });
    }

    /** Points the timer at the current deadline, if it moved (a phase began, a pause, a resume). */
    private void rearm() {
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
                timerFor = 0;
                call(s -> s.submitSystem(new DeadlineReached()));
            });
        }
    }
}
