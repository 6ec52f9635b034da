package org.entente.web;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Every HTTP error has the same shape: {"error": {"code", "field", "message"}}. */
final class HttpErrors {

    private HttpErrors() {
    }

    static void send(RoutingContext ctx, int status, String code, String field, String message) {
        JsonObject error = new JsonObject().put("code", code).put("field", field).put("message", message);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .end(new JsonObject().put("error", error).encode());
    }

    static String bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }
}
