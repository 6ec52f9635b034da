package org.entente.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The players of every session, spread over the generator's lanes (one event loop each). A lane owns
 * its players' sockets and a 5 ms tick that posts its share of the current rate, round-robin over
 * its players, each post in the plenary with probability {@code plenaryShare}, else in the player's
 * bilateral channel.
 */
final class Cohort {
    private final Vertx vertx;
    private final Workload workload;
    private final Metrics metrics;
    private final List<Lane> lanes = new ArrayList<>();
    final List<Player> players = new ArrayList<>();
    final List<Player> whiteCells = new ArrayList<>();

    Cohort(Vertx vertx, Workload workload, Metrics metrics) {
        this.vertx = vertx;
        this.workload = workload;
        this.metrics = metrics;
    }

    /** Builds the players of one session: player i plays nation i mod n and talks bilaterally with nation i+1 mod n. */
    /**
     * Points a session's players at nodes of a cluster: {@code owner} all at the node that owns the session,
     * {@code balanced} spread over every node in turn, as a round-robin balancer would (most then relayed).
     */
    void placeSession(int sessionIndex, List<Integer> ports, int ownerNode, boolean balanced) {
        int k = 0;
        for (Player p : players) {
            if (p.index / 1000 == sessionIndex) {
                p.port = ports.get(balanced ? (ownerNode + k++) % ports.size() : ownerNode);
            }
        }
        for (Player p : whiteCells) {
            if (p.index / 1000 == sessionIndex) {
                p.port = ports.get(ownerNode);
            }
        }
    }

    void addSession(Target.SessionInfo s, int sessionIndex) {
        List<Target.Invite> invites = s.invites();
        int n = invites.size();
        for (int i = 0; i < workload.players(); i++) {
            Target.Invite me = invites.get(i % n);
            String next = invites.get((i + 1) % n).role();
            String channel = me.role().compareTo(next) < 0 ? "bilateral:" + me.role() + "+" + next : "bilateral:" + next + "+" + me.role();
            String offerTo = workload.turns() && i < Math.min(3, n) ? next : null;
            players.add(new Player(sessionIndex * 1000 + i, me.role(), me.token(), false, channel, offerTo, metrics,
                    workload.textBytes()));
        }
        if (workload.whiteCell()) {
            whiteCells.add(new Player(sessionIndex * 1000 + 999, "WHITE_CELL", s.facilitatorToken(), true, null, null, metrics,
                    workload.textBytes()));
        }
    }

    /** Deploys the lanes and connects everyone; returns when all have joined (or the timeout passes). */
    void connectAll(String host, int port, int timeoutSeconds) throws Exception {
        List<Player> all = new ArrayList<>(players);
        all.addAll(whiteCells);
        for (int l = 0; l < workload.lanes(); l++) {
            Lane lane = new Lane(l);
            lanes.add(lane);
            vertx.deployVerticle(lane).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
        for (int i = 0; i < all.size(); i++) {
            lanes.get(i % lanes.size()).owned.add(all.get(i));
        }
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Lane lane : lanes) {
            done.add(lane.onLane(l -> l.connectAll(host, port)).toCompletionStage().toCompletableFuture());
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(timeoutSeconds, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (joinedCount() < all.size() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    long joinedCount() {
        return players.stream().filter(Player::joined).count() + whiteCells.stream().filter(Player::joined).count();
    }

    /** Sets the total rate of messages per second; each lane takes its share of its own players. */
    void setRate(double messagesPerSecond) {
        for (Lane lane : lanes) {
            lane.onLane(l -> l.rate = messagesPerSecond * l.speakers() / Math.max(1, players.size()));
        }
    }

    /** Runs something for one player on its own lane. */
    void on(Player p, Consumer<Player> action) {
        for (Lane lane : lanes) {
            if (lane.owned.contains(p)) {
                lane.onLane(l -> action.accept(p));
                return;
            }
        }
    }

    void closeAll() throws Exception {
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (Lane lane : lanes) {
            done.add(lane.onLane(l -> {
                l.rate = 0;
                l.owned.forEach(Player::close);
            }).toCompletionStage().toCompletableFuture());
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    }

    private final class Lane extends VerticleBase {
        final int id;
        final List<Player> owned = new ArrayList<>();
        final SplittableRandom random;
        WebSocketClient client;
        double rate;
        double credit;
        long lastTick;
        int next;

        Lane(int id) {
            this.id = id;
            this.random = new SplittableRandom(id * 7919L + 1);
        }

        @Override
        public Future<?> start() {
            client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(1_000_000).setMaxFrameSize(16 * 1024 * 1024)
                    .setMaxMessageSize(64 * 1024 * 1024).setConnectTimeout(30_000));
            lastTick = System.nanoTime();
            vertx.setPeriodic(5, t -> tick());
            return Future.succeededFuture();
        }

        long speakers() {
            return owned.stream().filter(p -> !p.whiteCell).count();
        }

        Future<Void> onLane(Consumer<Lane> action) {
            Promise<Void> p = Promise.promise();
            Context c = context;
            c.runOnContext(v -> {
                action.accept(this);
                p.complete();
            });
            return p.future();
        }

        void connectAll(String host, int port) {
            int[] cursor = {0};
            int[] inFlight = {0};
            Runnable[] pump = new Runnable[1];
            pump[0] = () -> {
                while (inFlight[0] < workload.connectConcurrency() && cursor[0] < owned.size()) {
                    Player p = owned.get(cursor[0]++);
                    inFlight[0]++;
                    p.connect(client, host, p.port > 0 ? p.port : port).onComplete(ar -> {
                        if (ar.failed()) {
                            metrics.error("connect: " + ar.cause().getClass().getSimpleName());
                        }
                        inFlight[0]--;
                        pump[0].run();
                    });
                }
            };
            pump[0].run();
        }

        private void tick() {
            long now = System.nanoTime();
            double dt = (now - lastTick) / 1e9;
            lastTick = now;
            if (rate <= 0 || owned.isEmpty()) {
                credit = 0;
                return;
            }
            credit = Math.min(credit + rate * dt, Math.max(1, rate * 0.1));
            int guard = owned.size();
            while (credit >= 1 && guard > 0) {
                Player p = owned.get(next);
                next = (next + 1) % owned.size();
                if (p.whiteCell || !p.joined()) {
                    guard--;
                    continue;
                }
                guard = owned.size();
                p.post(random.nextDouble() < workload.plenaryShare());
                credit -= 1;
            }
        }
    }
}
