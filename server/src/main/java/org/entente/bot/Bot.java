package org.entente.bot;

import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A policy playing one role over one {@link BotClient}. The bot runs its policy on a thread of its
 * own, one move at a time. It can be driven in two ways:
 * <ul>
 *   <li><b>stepped</b> ({@link #step}): whoever runs the exercise (the {@code play} command) tells each
 *   bot in turn to make its move for the current phase, and advances the phase when all have moved —
 *   the same seed then gives the same game;</li>
 *   <li><b>autonomous</b> ({@link #runAutonomously}): in a live session beside people, the bot moves
 *   when a phase begins and answers offers and proposals as they arrive.</li>
 * </ul>
 */
public final class Bot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Bot.class);

    private final String role;
    private final Policy policy;
    private final BotClient client;
    private final BotContext context;
    private final ExecutorService thread;
    private final Set<String> moved = new HashSet<>();

    public Bot(String role, Policy policy, BotClient client, long seed) {
        this.role = role;
        this.policy = policy;
        this.client = client;
        this.context = new BotContext(role, client, new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (role.hashCode() + 1L))));
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bot-" + role);
            t.setDaemon(true);
            return t;
        });
    }

    public String role() {
        return role;
    }

    public Policy policy() {
        return policy;
    }

    public BotClient client() {
        return client;
    }

    public BotContext context() {
        return context;
    }

    /** Connects and joins (on the bot's thread); returns the welcome. */
    public JsonObject connect() {
        return on(client::connect);
    }

    /** Makes this bot's move for the current phase, once per phase, and returns when it is done. */
    public void step() {
        on(() -> {
            client.sync();
            moveIfDue();
            return null;
        });
    }

    /** Lets the bot answer what arrived since its move (offers, proposals) and returns when done. */
    public void respond() {
        on(() -> {
            client.sync();
            policy.respond(context);
            return null;
        });
    }

    /** Plays on its own: a move when each phase begins, answers as offers and proposals arrive. */
    public void runAutonomously() {
        client.onEvent(frame -> {
            String type = frame.getJsonObject("event").getString("type", "");
            switch (type) {
                case "phase.began" -> thread.execute(this::safeMove);
                case "offer.made", "council.proposal" -> thread.execute(this::safeRespond);
                default -> {
                }
            }
        });
        thread.execute(this::safeMove);
    }

    private void safeMove() {
        try {
            moveIfDue();
        } catch (RuntimeException e) {
            LOG.warn("bot {} ({}): {}", role, policy.name(), e.toString());
        }
    }

    private void safeRespond() {
        try {
            String phase = client.model().phase();
            if (open(phase) && policy.respond(context) && "orders".equals(phase)) {
                policy.act(context, "orders"); // what it accepted now changes its orders: the last sent counts
            }
        } catch (RuntimeException e) {
            LOG.warn("bot {} ({}): {}", role, policy.name(), e.toString());
        }
    }

    private static boolean open(String phase) {
        return phase.equals("negotiation") || phase.equals("council") || phase.equals("orders") || phase.equals("reports");
    }

    private void moveIfDue() {
        BotModel m = client.model();
        String phase = m.phase();
        if (!open(phase) || !client.open()) {
            return;
        }
        if (moved.add(m.turn() + ":" + phase)) {
            policy.act(context, phase);
        }
    }

    private <T> T on(java.util.concurrent.Callable<T> work) {
        Future<T> f = thread.submit(work);
        try {
            return f.get(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new BotException(e.getCause().toString(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new BotException("bot " + role + " did not finish its move in time");
        }
    }

    /** Stops the bot and closes its connection (on its own thread, never on an event loop). */
    @Override
    public void close() {
        thread.execute(client::close);
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
