package org.entente.web;

import io.vertx.ext.web.RoutingContext;
import org.entente.framework.FrameworkService;
import org.entente.framework.InvalidCaseException;

/** {@code POST /api/v1/framework/analyze}: the framework on one case — the same engine as the analyze command and the adjudicator. */
final class FrameworkApi {

    private FrameworkApi() {
    }

    static void analyze(RoutingContext ctx) {
        // A case is judged in microseconds: no need to leave the event loop.
        String body = ctx.body().asString();
        try {
            String json = FrameworkService.analyzeJson(body == null ? "" : body);
            ctx.response().putHeader("Content-Type", "application/json; charset=utf-8").end(json);
        } catch (InvalidCaseException bad) {
            HttpErrors.send(ctx, 400, "INVALID_CASE", bad.field(), bad.getMessage());
        }
    }
}
