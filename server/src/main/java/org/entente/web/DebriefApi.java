package org.entente.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.Future;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Set;
import org.entente.debrief.Debrief;
import org.entente.debrief.WhatIf;
import org.entente.debrief.WhatIfException;
import org.entente.debrief.WhatIfRequest;
import org.entente.journal.EventCodec;

/**
 * The debrief over HTTP (docs/debrief.md): the learning objectives judged over a session's log with the
 * estimates against the truth, and the "what if" at a recorded decision. Who may: the review's rules
 * (ReviewApi) — and then only those who see the truth, the white cell and reviewers: the verdicts and
 * the what-if are built from the true judgements, which a player's own review never holds.
 */
final class DebriefApi {
    private static final long MAX_BODY_BYTES = 16 * 1024;
    private static final Set<String> FIELDS = Set.of("turn", "coalition", "partner", "deployed", "voice", "leaderEstimate");
    private static final Set<String> DEPLOYED = Set.of("coercion", "sidePayment", "bolstering", "conditionality");

    private final ReviewApi review;

    DebriefApi(ReviewApi review) {
        this.review = review;
    }

    void routes(Router router) {
        router.get("/api/v1/sessions/:id/debrief").handler(this::debrief);
        router.post("/api/v1/sessions/:id/debrief/what-if").handler(BodyHandler.create().setBodyLimit(MAX_BODY_BYTES))
                .handler(this::whatIf);
    }

    /** The log, if the bearer sees the truth; null if refused (and answered). */
    private Future<ReviewApi.Reviewable> truthful(RoutingContext ctx) {
        Future<ReviewApi.Reviewable> r = review.reviewable(ctx);
        if (r == null) {
            return null;
        }
        return r.compose(x -> x.truth() ? Future.succeededFuture(x) : Future.failedFuture(new TruthOnly()));
    }

    /** {@code GET …/debrief}: the lessons with their verdicts and evidence, and the estimates against the truth. */
    private void debrief(RoutingContext ctx) {
        Future<ReviewApi.Reviewable> r = truthful(ctx);
        if (r == null) {
            return;
        }
        r.compose(x -> ctx.vertx().executeBlocking(() -> json(Debrief.of(x.log())), false))
                .onSuccess(text -> ok(ctx, text))
                .onFailure(e -> fail(ctx, e));
    }

    /** {@code POST …/debrief/what-if}: a recorded turn re-adjudicated with one relationship's leader inputs changed. */
    private void whatIf(RoutingContext ctx) {
        WhatIfRequest q;
        try {
            q = parse(ctx);
        } catch (WhatIfException e) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", e.field(), e.getMessage());
            return;
        }
        Future<ReviewApi.Reviewable> r = truthful(ctx);
        if (r == null) {
            return;
        }
        r.compose(x -> ctx.vertx().executeBlocking(() -> json(WhatIf.ask(x.log(), q)), false))
                .onSuccess(text -> ok(ctx, text))
                .onFailure(e -> fail(ctx, e));
    }

    static WhatIfRequest parse(RoutingContext ctx) throws WhatIfException {
        JsonObject body;
        try {
            body = ctx.body().asJsonObject();
        } catch (DecodeException | ClassCastException e) {
            body = null;
        }
        if (body == null) {
            throw new WhatIfException(null, "The body is a JSON object: {\"turn\": 2, \"coalition\": \"free-world\", "
                    + "\"partner\": \"GBR\", \"deployed\": {\"sidePayment\": 0.6, \"conditionality\": 0.8}, \"voice\": 0.5, "
                    + "\"leaderEstimate\": 0.1}.");
        }
        for (String f : body.fieldNames()) {
            if (!FIELDS.contains(f)) {
                throw new WhatIfException(f, "Field '" + f + "' is not part of a what-if; the fields are " + FIELDS + ".");
            }
        }
        if (!(body.getValue("turn") instanceof Number turn) || turn.doubleValue() != Math.rint(turn.doubleValue())
                || turn.intValue() < 1) {
            throw new WhatIfException("turn", "Field 'turn' is the number of an adjudicated turn, 1 or more.");
        }
        String coalition = text(body, "coalition", "the coalition whose leader decided, e.g. \"free-world\"");
        String partner = text(body, "partner", "the partner the leader was dealing with, e.g. \"GBR\"");
        Object deployedValue = body.getValue("deployed");
        if (deployedValue != null && !(deployedValue instanceof JsonObject)) {
            throw new WhatIfException("deployed", "Field 'deployed' is an object with any of " + DEPLOYED + ", each 0..1.");
        }
        JsonObject deployed = deployedValue == null ? new JsonObject() : (JsonObject) deployedValue;
        for (String f : deployed.fieldNames()) {
            if (!DEPLOYED.contains(f)) {
                throw new WhatIfException("deployed." + f, "Field 'deployed." + f + "' is not an instrument; they are " + DEPLOYED + ".");
            }
        }
        boolean dropEstimate = body.containsKey("leaderEstimate") && body.getValue("leaderEstimate") == null;
        return new WhatIfRequest(turn.intValue(), coalition, partner, unit(deployed, "coercion", "deployed."),
                unit(deployed, "sidePayment", "deployed."), unit(deployed, "bolstering", "deployed."),
                unit(deployed, "conditionality", "deployed."), unit(body, "voice", ""),
                number(body, "leaderEstimate", "", -1, 1), dropEstimate);
    }

    private static String text(JsonObject body, String field, String what) throws WhatIfException {
        if (!(body.getValue(field) instanceof String s) || s.isBlank()) {
            throw new WhatIfException(field, "Field '" + field + "' names " + what + ".");
        }
        return s;
    }

    private static Double unit(JsonObject o, String field, String prefix) throws WhatIfException {
        return number(o, field, prefix, 0, 1);
    }

    private static Double number(JsonObject o, String field, String prefix, double min, double max) throws WhatIfException {
        Object v = o.getValue(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Number n) || Double.isNaN(n.doubleValue()) || n.doubleValue() < min || n.doubleValue() > max) {
            throw new WhatIfException(prefix + field, "Field '" + prefix + field + "' is a number from " + fmt(min) + " to "
                    + fmt(max) + "; got " + v + ".");
        }
        return n.doubleValue();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((int) v) : String.valueOf(v);
    }

    private static void ok(RoutingContext ctx, String text) {
        ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").putHeader("Cache-Control", "no-store")
                .end(text);
    }

    private static void fail(RoutingContext ctx, Throwable e) {
        if (e instanceof TruthOnly) {
            HttpErrors.send(ctx, 403, "DEBRIEF_TRUTH_ONLY", "Authorization", "The debrief is built from the true judgements: "
                    + "it opens to the white cell and reviewers. A player reviews its own view on the review page.");
        } else if (e instanceof WhatIfException w) {
            HttpErrors.send(ctx, 400, "INVALID_FIELD", w.field(), w.getMessage());
        } else {
            ReviewApi.fail(ctx, e);
        }
    }

    private static String json(Object value) {
        try {
            return EventCodec.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A player (who sees only its own view) asked for what only the truth can answer. */
    private static final class TruthOnly extends RuntimeException {
        TruthOnly() {
            super("truth only", null, false, false);
        }
    }
}
