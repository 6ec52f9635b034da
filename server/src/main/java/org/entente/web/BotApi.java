package org.entente.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.entente.bot.BotManager;
import org.entente.session.SessionRegistry;
import org.entente.session.SessionVerticle;

/**
 * The bots of a session, for its facilitator (docs/bots.md):
 * {@code POST /api/v1/sessions/{id}/bots} {"role", "policy"} puts a bot into an empty role,
 * {@code DELETE /api/v1/sessions/{id}/bots/{role}} takes it out (and revokes the role's tokens, so a
 * late player can take the role with a fresh invite), {@code GET /api/v1/sessions/{id}/bots} lists them.
 */
final class BotApi {
    private final SessionRegistry registry;
    private final BotManager bots;

    BotApi(SessionRegistry registry, BotManager bots) {
        this.registry = registry;
        this.bots = bots;
    }

    void create(RoutingContext ctx) {
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
        if (body == null) {
            HttpErrors.send(ctx, 400, "MALFORMED_JSON", null, "The body is {\"role\": \"GBR\", \"policy\": \"motivated-ally\"}.");
            return;
        }
        for (String field : body.fieldNames()) {
            if (!Set.of("role", "policy").contains(field)) {
                HttpErrors.send(ctx, 400, "UNKNOWN_FIELD", field, "Field '" + field + "' is not part of a bot request.");
                return;
            }
        }
        if (!(body.getValue("role") instanceof String role)) {
            HttpErrors.send(ctx, 400, body.getValue("role") == null ? "MISSING_FIELD" : "INVALID_FIELD", "role",
                    "Field 'role' names the nation the bot is to play, e.g. \"GBR\".");
            return;
        }
        if (!(body.getValue("policy") instanceof String policy)) {
            HttpErrors.send(ctx, 400, body.getValue("policy") == null ? "MISSING_FIELD" : "INVALID_FIELD", "policy",
                    "Field 'policy' names how the bot plays, e.g. \"motivated-ally\" (docs/bots.md lists them).");
            return;
        }
        bots.start(session, role, policy).onSuccess(description -> ctx.response().setStatusCode(201)
                        .putHeader("Content-Type", "application/json; charset=utf-8")
                        .putHeader("Location", "/api/v1/sessions/" + session.id() + "/bots/" + role)
                        .end(description.encodePrettily()))
                .onFailure(e -> refuse(ctx, e));
    }

    void remove(RoutingContext ctx) {
        SessionVerticle session = FacilitatorAuth.session(ctx, registry);
        if (session == null) {
            return;
        }
        bots.stop(session, ctx.pathParam("role")).onSuccess(v -> ctx.response().setStatusCode(204).end())
                .onFailure(e -> refuse(ctx, e));
    }

    void list(RoutingContext ctx) {
        SessionVerticle session = FacilitatorAuth.session(ctx, registry);
        if (session == null) {
            return;
        }
        bots.list(session).onSuccess(list -> ctx.response().putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonArray(list).encodePrettily())).onFailure(e -> refuse(ctx, e));
    }

    private static void refuse(RoutingContext ctx, Throwable e) {
        if (e instanceof BotManager.Refused r) {
            HttpErrors.send(ctx, r.status, r.code, r.field, r.getMessage());
        } else {
            HttpErrors.send(ctx, 500, "INTERNAL", null, "The bot could not be started: " + e.getMessage());
        }
    }

}
