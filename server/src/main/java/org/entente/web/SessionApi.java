package org.entente.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import java.util.Set;
import org.entente.engine.Channel;
import org.entente.engine.Role;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioCatalog;
import org.entente.session.Session;
import org.entente.session.SessionRegistry;
import org.entente.session.Subscriber;
import org.entente.session.SessionVerticle;
import org.entente.session.Tokens;
import org.entente.engine.Decision;
import org.entente.engine.command.IssueAccess;
import org.entente.engine.command.RevokeAccess;

/** {@code POST /api/v1/sessions} (admin key) and {@code GET /api/v1/sessions/{id}} (that session's facilitator token). */
final class SessionApi {
    private final SessionRegistry registry;
    private final ScenarioCatalog scenarios;
    private final String adminKey;
    private final java.util.function.Supplier<String> publicUrl;

    SessionApi(SessionRegistry registry, ScenarioCatalog scenarios, String adminKey,
               java.util.function.Supplier<String> publicUrl) {
        this.registry = registry;
        this.scenarios = scenarios;
        this.adminKey = adminKey;
        this.publicUrl = publicUrl;
    }

    void create(RoutingContext ctx) {
        if (!Tokens.sameSecret(HttpErrors.bearer(ctx), adminKey)) {
            HttpErrors.send(ctx, 401, "ADMIN_KEY_REQUIRED", "Authorization",
                    "Creating a session needs the server's admin key as a bearer token (it is printed when the server starts).");
            return;
        }
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            HttpErrors.send(ctx, 400, "MALFORMED_JSON", null, "The body must be a JSON object such as {\"scenario\": \"iraq-2003\"}.");
            return;
        }
        if (body == null) {
            HttpErrors.send(ctx, 400, "MISSING_BODY", null, "The body must be a JSON object such as {\"scenario\": \"iraq-2003\"}.");
            return;
        }
        for (String field : body.fieldNames()) {
            if (!Set.of("scenario", "seed").contains(field)) {
                HttpErrors.send(ctx, 400, "UNKNOWN_FIELD", field, "Field '" + field + "' is not part of a session request.");
                return;
            }
        }
        Object scenarioId = body.getValue("scenario");
        if (!(scenarioId instanceof String id)) {
            HttpErrors.send(ctx, 400, scenarioId == null ? "MISSING_FIELD" : "INVALID_FIELD", "scenario",
                    "Field 'scenario' must name a scenario id (GET /api/v1/scenarios lists them).");
            return;
        }
        Object seed = body.getValue("seed");
        if (seed != null && !(seed instanceof Integer || seed instanceof Long)) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", "seed", "Field 'seed' must be a whole number (it fixes the session's random source).");
            return;
        }
        Optional<Scenario> scenario = scenarios.find(id);
        if (scenario.isEmpty()) {
            HttpErrors.send(ctx, 400, "UNKNOWN_SCENARIO", "scenario",
                    "There is no scenario '" + id + "'; GET /api/v1/scenarios lists them.");
            return;
        }
        Long fixedSeed = seed == null ? null : ((Number) seed).longValue();
        registry.create(scenario.get(), scenarios.source(id).orElseThrow(), fixedSeed).onSuccess(created -> {
            String base = publicUrl.get();
            JsonArray invites = new JsonArray();
            for (var nation : scenario.get().nations()) {
                String token = created.inviteTokens().get(nation.id());
                invites.add(new JsonObject().put("role", nation.id()).put("name", nation.name())
                        .put("token", token).put("link", base + "/play.html#token=" + token));
            }
            JsonObject out = new JsonObject()
                    .put("id", created.id())
                    .put("scenario", scenario.get().id())
                    .put("title", scenario.get().title())
                    .put("facilitatorToken", created.facilitatorToken())
                    .put("facilitatorLink", base + "/console.html#token=" + created.facilitatorToken())
                    .put("invites", invites);
            ctx.response().setStatusCode(201)
                    .putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("Location", "/api/v1/sessions/" + created.id())
                    .putHeader("Cache-Control", "no-store")
                    .end(out.encodePrettily());
        }).onFailure(e -> HttpErrors.send(ctx, 500, "INTERNAL", null, "The session could not be created: " + e.getMessage()));
    }

    void show(RoutingContext ctx) {
        SessionVerticle session = FacilitatorAuth.session(ctx, registry);
        if (session == null) {
            return;
        }
        session.call(SessionApi::describe)
                .onSuccess(json -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                        .putHeader("Cache-Control", "no-store").end(json.encodePrettily()))
                .onFailure(e -> HttpErrors.send(ctx, 500, "INTERNAL", null, e.getMessage()));
    }

    /** {@code POST /api/v1/sessions/{id}/invites} {"role": "GBR"}: a new token for a role (also WHITE_CELL, for a second facilitator). */
    void issueInvite(RoutingContext ctx) {
        SessionVerticle session = FacilitatorAuth.session(ctx, registry);
        if (session == null) {
            return;
        }
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        if (body == null || !(body.getValue("role") instanceof String roleId) || body.size() != 1) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", "role", "The body is {\"role\": \"<nation id or WHITE_CELL>\"}.");
            return;
        }
        Role role;
        try {
            role = Role.parse(roleId);
        } catch (IllegalArgumentException e) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", "role", "'" + roleId + "' is not a role.");
            return;
        }
        String token = Tokens.newToken();
        String hash = Tokens.hash(token);
        // The grant is made on the session's thread, in the order of its log: a revocation that comes
        // after this issue cannot take it back, and one that came before cannot overtake it.
        session.call(s -> {
            Decision d = s.perform(Role.whiteCell(), new IssueAccess(role, hash));
            if (!(d instanceof Decision.Rejected)) {
                registry.grant(session.id(), role, hash);
            }
            return d;
        }).onSuccess(decision -> {
            if (decision instanceof Decision.Rejected r) {
                HttpErrors.send(ctx, 400, r.rejection().code(), r.rejection().field(), r.rejection().message());
                return;
            }
            String page = role.isWhiteCell() ? "/console.html" : "/play.html";
            ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json; charset=utf-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(new JsonObject().put("role", role.id()).put("token", token)
                            .put("link", publicUrl.get() + page + "#token=" + token).encodePrettily());
        }).onFailure(e -> HttpErrors.send(ctx, 500, "INTERNAL", null, e.getMessage()));
    }

    /** {@code DELETE /api/v1/sessions/{id}/invites/{role}}: every token of a nation stops working; its players are disconnected. */
    void revokeInvites(RoutingContext ctx) {
        SessionVerticle session = FacilitatorAuth.session(ctx, registry);
        if (session == null) {
            return;
        }
        String roleId = ctx.pathParam("role");
        Role role;
        try {
            role = Role.parse(roleId);
        } catch (IllegalArgumentException e) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", "role", "'" + roleId + "' is not a role.");
            return;
        }
        session.call(s -> {
            Decision d = s.perform(Role.whiteCell(), new RevokeAccess(role, "revoked by the white cell"));
            if (!(d instanceof Decision.Rejected)) {
                registry.revoke(session.id(), role);
            }
            return d;
        }).onSuccess(decision -> {
            if (decision instanceof Decision.Rejected r) {
                HttpErrors.send(ctx, 400, r.rejection().code(), r.rejection().field(), r.rejection().message());
                return;
            }
            ctx.response().setStatusCode(204).end();
        }).onFailure(e -> HttpErrors.send(ctx, 500, "INTERNAL", null, e.getMessage()));
    }


    /** The white cell's overview of a session; runs on the session's thread. */
    static JsonObject describe(Session session) {
        var state = session.state();
        JsonArray nations = new JsonArray();
        for (var n : state.nations()) {
            var players = session.subscribers().stream().filter(sub -> sub.role().equals(Role.nation(n.id()))).toList();
            JsonArray names = new JsonArray();
            players.forEach(p -> names.add(p.displayName() == null ? "(no name given)" : p.displayName()));
            nations.add(new JsonObject().put("id", n.id()).put("name", n.name()).put("connected", players.size())
                    .put("players", names));
        }
        JsonArray channels = new JsonArray();
        for (Channel c : state.channels()) {
            channels.add(new JsonObject().put("id", c.id()).put("kind", c.kind().wireName())
                    .put("nations", new JsonArray(c.nations())).put("messages", c.messageCount()));
        }
        long facilitators = session.subscribers().stream().filter(s -> s.role().isWhiteCell()).count();
        var clock = state.world().clock();
        return new JsonObject()
                .put("id", state.sessionId())
                .put("scenario", state.scenarioId())
                .put("title", state.title())
                .put("seq", state.lastSeq())
                .put("turn", clock.turn())
                .put("phase", clock.phase().wireName())
                .put("deadline", clock.deadline())
                .put("paused", clock.paused())
                .put("createdAt", session.createdAt())
                .put("facilitatorsConnected", facilitators)
                .put("nations", nations)
                .put("channels", channels);
    }
}
