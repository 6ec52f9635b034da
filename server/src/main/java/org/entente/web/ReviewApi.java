package org.entente.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.entente.engine.Role;
import org.entente.engine.RoleView;
import org.entente.engine.SessionState;
import org.entente.engine.event.ExerciseEnded;
import org.entente.engine.event.Recorded;
import org.entente.journal.EventCodec;
import org.entente.replay.AfterActionReport;
import org.entente.replay.Exports;
import org.entente.replay.ReplayInputException;
import org.entente.replay.Replayer;
import org.entente.replay.RoleFilter;
import org.entente.replay.Timeline;
import org.entente.replay.Transcript;
import org.entente.session.Session;
import org.entente.session.SessionRegistry;
import org.entente.session.SessionVerticle;
import org.entente.session.Tokens;

/**
 * The after-action review over HTTP (docs/replay.md): the timeline of a session, its state at any
 * position as any role saw it (beside the truth, for reviewers), and the exports. Who may: the white
 * cell (a facilitator token), reviewers (a reviewer token the facilitator issues), and — once the
 * exercise has ended and only if the facilitator opened the review — each player, filtered to its
 * own role through {@code Audience}. Everything is computed from a copy of the session's log taken
 * on the session's own thread, off the event loop.
 */
final class ReviewApi {
    private static final String REVIEWER = "REVIEWER";
    /** The report is a standalone document: no script at all, its own inline style, nothing fetched. */
    private static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final SessionRegistry registry;
    private final Grants grants;

    ReviewApi(SessionRegistry registry, Path dataDir) {
        this.registry = registry;
        this.grants = new Grants(dataDir == null ? null : dataDir.resolve("reviewers"));
    }

    /** Adds the review routes to the router (one block in {@code WebServer.router()}). */
    void routes(Router router) {
        router.post("/api/v1/sessions/:id/reviewers").handler(this::issueReviewer);
        router.delete("/api/v1/sessions/:id/reviewers").handler(this::revokeReviewers);
        router.get("/api/v1/sessions/:id/review/open").handler(this::showOpen);
        router.post("/api/v1/sessions/:id/review/open").handler(ctx -> setOpen(ctx, true));
        router.delete("/api/v1/sessions/:id/review/open").handler(ctx -> setOpen(ctx, false));
        router.get("/api/v1/sessions/:id/review/timeline").handler(this::timeline);
        router.get("/api/v1/sessions/:id/review/state").handler(this::state);
        router.get("/api/v1/sessions/:id/export/:file").handler(this::export);
        new DebriefApi(this).routes(router);
    }

    // --- who may ---------------------------------------------------------------------------------

    private enum Kind {
        FACILITATOR, REVIEWER, PLAYER
    }

    /** The bearer's standing in the session of the path. {@code role} is the nation of a player; the white cell otherwise. */
    private record Access(Kind kind, Role role, SessionVerticle session) {
        boolean truth() {
            return kind != Kind.PLAYER;
        }
    }

    /** Who the bearer is in the session of the path; answers 401/403/404 itself and returns null if nobody. */
    private Access access(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        String token = HttpErrors.bearer(ctx);
        if (token == null || token.isEmpty()) {
            HttpErrors.send(ctx, 401, "TOKEN_REQUIRED", "Authorization",
                    "Send a facilitator, reviewer or (after the exercise, if the review is open) player token as a bearer token.");
            return null;
        }
        Kind kind;
        Role role;
        var grant = registry.grantFor(token);
        if (grant.isPresent()) {
            if (!grant.get().sessionId().equals(id)) {
                forbidden(ctx);
                return null;
            }
            role = grant.get().role();
            kind = role.isWhiteCell() ? Kind.FACILITATOR : Kind.PLAYER;
        } else {
            Optional<String> reviewerOf = grants.reviewerSession(Tokens.hash(token));
            if (reviewerOf.isEmpty()) {
                HttpErrors.send(ctx, 401, "UNKNOWN_TOKEN", "Authorization", "This token opens nothing on this server.");
                return null;
            }
            if (!reviewerOf.get().equals(id)) {
                forbidden(ctx);
                return null;
            }
            kind = Kind.REVIEWER;
            role = Role.whiteCell();
        }
        Optional<SessionVerticle> session = registry.session(id);
        if (session.isEmpty()) {
            HttpErrors.send(ctx, 404, "UNKNOWN_SESSION", "id", "There is no session '" + id + "' on this node.");
            return null;
        }
        return new Access(kind, role, session.get());
    }

    private static void forbidden(RoutingContext ctx) {
        HttpErrors.send(ctx, 403, "FORBIDDEN", "Authorization", "This token does not open the review of this session.");
    }

    /** The session's log, if the bearer may read it now: players only after the end, and only if the review is open. */
    private Future<List<Recorded>> readableLog(RoutingContext ctx, Access a) {
        return a.session().call(Session::logReader).compose(reader -> ctx.vertx().executeBlocking(reader::get, false)).compose(log -> {
            if (a.kind() == Kind.PLAYER) {
                boolean ended = log.stream().anyMatch(r -> r.event() instanceof ExerciseEnded);
                if (!ended || !grants.open(a.session().id())) {
                    return Future.failedFuture(new Refusal(403, "REVIEW_CLOSED", null, ended
                            ? "The white cell has not opened the review of this session to the players."
                            : "Players may review a session only after the exercise has ended, and only if the white cell opens it."));
                }
            }
            return Future.succeededFuture(log);
        });
    }

    /** What the debrief (DebriefApi) may work on: the bearer's role, whether it sees the truth, and the log. */
    record Reviewable(Role role, boolean truth, List<Recorded> log) {
    }

    /**
     * The log for the debrief, under exactly the review's rules (who may, and when); null if the bearer
     * was refused, the refusal already answered.
     */
    Future<Reviewable> reviewable(RoutingContext ctx) {
        Access a = access(ctx);
        if (a == null) {
            return null;
        }
        return readableLog(ctx, a).map(log -> new Reviewable(a.role(), a.truth(), log));
    }

    /** An answer other than 200, carried through a failed future. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final String code;
        final String field;

        Refusal(int status, String code, String field, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
            this.field = field;
        }
    }

    static void fail(RoutingContext ctx, Throwable e) {
        if (e instanceof Refusal r) {
            HttpErrors.send(ctx, r.status, r.code, r.field, r.getMessage());
        } else if (e instanceof ReplayInputException r) {
            HttpErrors.send(ctx, 500, "LOG_UNREADABLE", null, r.getMessage());
        } else {
            HttpErrors.send(ctx, 500, "INTERNAL", null, String.valueOf(e.getMessage()));
        }
    }

    /** Computes an answer from the log off the event loop and sends it. */
    private void answer(RoutingContext ctx, Access a, String contentType, Function<List<Recorded>, String> body) {
        answer(ctx, a, contentType, null, body);
    }

    private void answer(RoutingContext ctx, Access a, String contentType, String attachment,
                        Function<List<Recorded>, String> body) {
        readableLog(ctx, a)
                .compose(log -> ctx.vertx().executeBlocking(() -> body.apply(log), false))
                .onSuccess(text -> {
                    ctx.response().putHeader("Content-Type", contentType).putHeader("Cache-Control", "no-store");
                    if (attachment != null) {
                        ctx.response().putHeader("Content-Disposition", "attachment; filename=\""
                                + attachment.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
                    }
                    ctx.response().end(text);
                })
                .onFailure(e -> fail(ctx, e));
    }

    // --- the facilitator's grants ------------------------------------------------------------------

    /** {@code POST /api/v1/sessions/{id}/reviewers}: a new reviewer token (shown once; only its SHA-256 is kept). */
    private void issueReviewer(RoutingContext ctx) {
        Access a = access(ctx);
        if (a == null) {
            return;
        }
        if (a.kind() != Kind.FACILITATOR) {
            HttpErrors.send(ctx, 403, "WHITE_CELL_ONLY", "Authorization", "Only the white cell issues reviewer tokens.");
            return;
        }
        String token = Tokens.newToken();
        String sessionId = a.session().id();
        ctx.vertx().executeBlocking(() -> {
            grants.addReviewer(sessionId, Tokens.hash(token));
            return null;
        }, false).onSuccess(v -> ctx.response().setStatusCode(201)
                .putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("role", REVIEWER).put("session", sessionId).put("token", token)
                        .put("timeline", "/api/v1/sessions/" + sessionId + "/review/timeline")
                        .put("report", "/api/v1/sessions/" + sessionId + "/export/report.html").encodePrettily()))
                .onFailure(e -> fail(ctx, e));
    }

    /** {@code DELETE /api/v1/sessions/{id}/reviewers}: every reviewer token of the session stops working. */
    private void revokeReviewers(RoutingContext ctx) {
        Access a = access(ctx);
        if (a == null) {
            return;
        }
        if (a.kind() != Kind.FACILITATOR) {
            HttpErrors.send(ctx, 403, "WHITE_CELL_ONLY", "Authorization", "Only the white cell revokes reviewer links.");
            return;
        }
        String sessionId = a.session().id();
        ctx.vertx().executeBlocking(() -> {
            grants.revokeReviewers(sessionId);
            return null;
        }, false).onSuccess(v -> ctx.response().setStatusCode(204).end()).onFailure(e -> fail(ctx, e));
    }

    /** {@code GET /api/v1/sessions/{id}/review/open}: whether the players may review, and how many reviewer links work. */
    private void showOpen(RoutingContext ctx) {
        Access a = access(ctx);
        if (a == null) {
            return;
        }
        if (a.kind() != Kind.FACILITATOR) {
            HttpErrors.send(ctx, 403, "WHITE_CELL_ONLY", "Authorization", "Only the white cell sees who may review.");
            return;
        }
        String sessionId = a.session().id();
        boolean open = grants.open(sessionId);
        a.session().call(s -> s.state().world() != null && s.state().world().ended().isPresent())
                .onSuccess(ended -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .putHeader("Cache-Control", "no-store")
                        .end(new JsonObject().put("session", sessionId).put("openToPlayers", open).put("ended", ended)
                                .put("playersMayReview", open && ended).put("reviewers", grants.reviewerCount(sessionId))
                                .encodePrettily()))
                .onFailure(e -> fail(ctx, e));
    }

    /** {@code POST|DELETE /api/v1/sessions/{id}/review/open}: lets the players review the session once it has ended (or not). */
    private void setOpen(RoutingContext ctx, boolean open) {
        Access a = access(ctx);
        if (a == null) {
            return;
        }
        if (a.kind() != Kind.FACILITATOR) {
            HttpErrors.send(ctx, 403, "WHITE_CELL_ONLY", "Authorization", "Only the white cell opens the review to the players.");
            return;
        }
        String sessionId = a.session().id();
        ctx.vertx().executeBlocking(() -> {
            grants.setOpen(sessionId, open);
            return null;
        }, false).compose(v -> a.session().call(s -> s.state().world() != null && s.state().world().ended().isPresent()))
                .onSuccess(ended -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .end(new JsonObject().put("session", sessionId).put("openToPlayers", open).put("ended", ended)
                                .put("playersMayReview", open && ended).encodePrettily()))
                .onFailure(e -> fail(ctx, e));
    }

    // --- the review ------------------------------------------------------------------------------

    /** {@code GET …/review/timeline}: per turn, the framework's judgements; the turning points. */
    private void timeline(RoutingContext ctx) {
        Access a = access(ctx);
        if (a == null) {
            return;
        }
        answer(ctx, a, "application/json; charset=utf-8", log -> json(Timeline.of(seen(log, a.role()), a.role())));
    }

    /**
     * {@code GET …/review/state?seq=N&as=ROLE}: the state at log position N as ROLE saw it (its own
     * view: its figures, estimates, inbox), and for reviewers and the white cell the truth beside it.
     * For a player, N is a position in its own stream and ROLE can only be itself.
     */
    private void state(RoutingContext ctx) {
        Access a = access(ctx);
        if (a == null) {
            return;
        }
        String asParam = ctx.request().getParam("as");
        String seqParam = ctx.request().getParam("seq");
        Role as;
        try {
            as = asParam == null || asParam.isBlank() ? a.role() : Role.parse(asParam);
        } catch (IllegalArgumentException e) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", "as", "'" + asParam + "' is not a role.");
            return;
        }
        if (a.kind() == Kind.PLAYER && !as.equals(a.role())) {
            HttpErrors.send(ctx, 403, "FORBIDDEN", "as", "A player reviews the session as its own nation only.");
            return;
        }
        Long seq = null;
        if (seqParam != null) {
            try {
                seq = Long.parseLong(seqParam);
            } catch (NumberFormatException e) {
                seq = -1L;
            }
            if (seq < 1) {
                HttpErrors.send(ctx, 400, "INVALID_FIELD", "seq", "seq is a log position, 1 or more.");
                return;
            }
        }
        Long position = seq;
        readableLog(ctx, a).compose(log -> ctx.vertx().executeBlocking(() -> stateAt(log, a, as, position), false))
                .onSuccess(text -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .putHeader("Cache-Control", "no-store").end(text))
                .onFailure(e -> fail(ctx, e));
    }

    private String stateAt(List<Recorded> log, Access a, Role as, Long position) throws ReplayInputException {
        List<RoleFilter.Seen> seen = RoleFilter.seenBy(log, as);
        if (!as.isWhiteCell() && !(log.get(0).event() instanceof org.entente.engine.event.SessionCreated c
                && c.nations().stream().anyMatch(n -> n.id().equals(as.id())))) {
            throw new Refusal(400, "INVALID_FIELD", "as", "No such role in this session.");
        }
        long globalSeq;
        RoleFilter.Seen at;
        if (a.truth()) {
            globalSeq = position == null ? log.size() : position;
            if (globalSeq > log.size()) {
                throw new Refusal(400, "INVALID_FIELD", "seq", "The log ends at " + log.size() + ".");
            }
            at = null;
            for (RoleFilter.Seen s : seen) {
                if (s.recorded().seq() > globalSeq) {
                    break;
                }
                at = s;
            }
        } else {
            long p = position == null ? seen.size() : position;
            if (p > seen.size()) {
                throw new Refusal(400, "INVALID_FIELD", "seq", "Your stream ends at " + seen.size() + ".");
            }
            at = seen.get((int) p - 1);
            globalSeq = at.recorded().seq();
        }
        SessionState state = Replayer.replay(log, globalSeq, Replayer.Progress.NONE, Replayer.Listener.NONE).state();
        ObjectNode out = EventCodec.MAPPER.createObjectNode();
        out.put("session", state.sessionId());
        out.put("as", as.id());
        if (a.truth()) {
            out.put("seq", globalSeq);
            out.put("lastSeq", log.size());
            if (globalSeq > 0) {
                out.set("event", EventCodec.MAPPER.valueToTree(log.get((int) globalSeq - 1)));
            }
        }
        out.put("position", at == null ? 0 : at.position());
        out.put("positions", seen.size());
        if (at != null) {
            out.set("lastSeen", EventCodec.MAPPER.valueToTree(RoleFilter.asRecorded(List.of(at), as).get(0)));
        }
        out.set("view", EventCodec.MAPPER.valueToTree(RoleView.of(state, as, true)));
        if (a.truth()) {
            out.set("truth", EventCodec.MAPPER.valueToTree(RoleView.of(state, Role.whiteCell(), true)));
        }
        return out.toString();
    }

    /** {@code GET …/export/{log.jsonl|relationships.csv|nations.csv|offers.csv|transcript.txt|report.html}}. */
    private void export(RoutingContext ctx) {
        Access a = access(ctx);
        if (a == null) {
            return;
        }
        String file = ctx.pathParam("file");
        String sessionId = a.session().id();
        String name = sessionId + (a.truth() ? "" : "-" + a.role().id()) + "-" + file;
        switch (file) {
            case "log.jsonl" -> answer(ctx, a, "application/x-ndjson; charset=utf-8", name,
                    log -> Exports.jsonLines(RoleFilter.asRecorded(seen(log, a.role()), a.role())));
            case "relationships.csv" -> answer(ctx, a, "text/csv; charset=utf-8", name,
                    log -> Exports.relationshipsCsv(Timeline.of(seen(log, a.role()), a.role())));
            case "nations.csv" -> answer(ctx, a, "text/csv; charset=utf-8", name,
                    log -> Exports.nationsCsv(Timeline.of(seen(log, a.role()), a.role())));
            case "offers.csv" -> answer(ctx, a, "text/csv; charset=utf-8", name, log -> Exports.offersCsv(seen(log, a.role())));
            case "transcript.txt" -> answer(ctx, a, "text/plain; charset=utf-8", name, log -> Transcript.text(seen(log, a.role())));
            case "report.html" -> {
                ctx.response().putHeader("Content-Security-Policy", REPORT_CSP);
                answer(ctx, a, "text/html; charset=utf-8", log -> {
                    List<RoleFilter.Seen> seen = seen(log, a.role());
                    return AfterActionReport.html(Timeline.of(seen, a.role()), seen);
                });
            }
            default -> HttpErrors.send(ctx, 404, "NOT_FOUND", "file", "The exports are " + String.join(", ", Exports.FILES) + ".");
        }
    }

    /** What a role saw of the log: everything for the white cell (and reviewers), the Audience's filter for a nation. */
    private static List<RoleFilter.Seen> seen(List<Recorded> log, Role role) {
        if (role.isWhiteCell()) {
            return Timeline.whole(log);
        }
        try {
            return RoleFilter.seenBy(log, role);
        } catch (ReplayInputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String json(Object value) {
        try {
            return EventCodec.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the grants' store -------------------------------------------------------------------------

    /**
     * Reviewer grants and the players' review switch, per session: in memory, and in
     * {@code <data-dir>/reviewers/<session>.json} so that they survive a restart. Holds token hashes only.
     */
    static final class Grants {
        private final Path dir;
        private final Map<String, String> reviewerSession = new ConcurrentHashMap<>();
        private final Map<String, Boolean> open = new ConcurrentHashMap<>();
        private final Map<String, List<String>> reviewers = new ConcurrentHashMap<>();

        Grants(Path dir) {
            this.dir = dir;
            if (dir != null && Files.isDirectory(dir)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
                    for (Path f : files) {
                        load(f);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the reviewer grants in " + dir, e);
                }
            }
        }

        private void load(Path f) throws IOException {
            var node = EventCodec.MAPPER.readTree(Files.readString(f, StandardCharsets.UTF_8));
            String session = node.path("session").asText(null);
            if (session == null) {
                return;
            }
            open.put(session, node.path("openToPlayers").asBoolean(false));
            List<String> hashes = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (var r : node.path("reviewers")) {
                String hash = r.path("tokenHash").asText();
                hashes.add(hash);
                reviewerSession.put(hash, session);
            }
            reviewers.put(session, hashes);
        }

        Optional<String> reviewerSession(String tokenHash) {
            return Optional.ofNullable(reviewerSession.get(tokenHash));
        }

        boolean open(String session) {
            return open.getOrDefault(session, false);
        }

        synchronized void addReviewer(String session, String tokenHash) {
            reviewers.computeIfAbsent(session, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(tokenHash);
            save(session);
            reviewerSession.put(tokenHash, session);
        }

        int reviewerCount(String session) {
            return reviewers.getOrDefault(session, List.of()).size();
        }

        synchronized void revokeReviewers(String session) {
            List<String> hashes = reviewers.remove(session);
            save(session);
            if (hashes != null) {
                hashes.forEach(reviewerSession::remove);
            }
        }

        synchronized void setOpen(String session, boolean value) {
            open.put(session, value);
            save(session);
        }

        private void save(String session) {
            if (dir == null) {
                return;
            }
            ObjectNode node = EventCodec.MAPPER.createObjectNode();
            node.put("session", session);
            node.put("openToPlayers", open(session));
            ArrayNode list = node.putArray("reviewers");
            for (String hash : reviewers.getOrDefault(session, List.of())) {
                list.addObject().put("tokenHash", hash);
            }
            try {
                Files.createDirectories(dir);
                Path tmp = dir.resolve(session + ".json.tmp");
                try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    channel.write(java.nio.ByteBuffer.wrap(node.toPrettyString().getBytes(StandardCharsets.UTF_8)));
                    channel.force(true);
                }
                Files.move(tmp, dir.resolve(session + ".json"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot keep the reviewer grants of session " + session, e);
            }
        }
    }
}
