package org.entente.session;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives one {@link Session} its own context: every command, join and leave of that session runs
 * there, one at a time and in arrival order, without locks. It is deployed as a worker (see
 * {@link SessionRegistry#host}) because a command is acknowledged only after its events are on the
 * disk, and that wait must not hold an event loop.
 */
public final class SessionVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(SessionVerticle.class);
    private final Session session;
    private volatile Context home;

    public SessionVerticle(Session session) {
        this.session = session;
    }

    @Override
    public Future<?> start() {
        home = context;
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
            }
        });
        return promise.future();
    }

    public void run(java.util.function.Consumer<Session> action) {
        call(s -> {
            action.accept(s);
            return null;
        });
    }
}
