package org.entente.web;

import io.vertx.ext.web.RoutingContext;
import org.entente.session.Tokens;

/**
 * The operator's credential for what only the people running the node may read: {@code /metrics} and the
 * detailed {@code /health}. It is the admin key, sent as a bearer token (a Prometheus scrape job sets it
 * with {@code authorization: {credentials: ...}}). Players never hold it, so nothing they can read moves
 * with another nation's private activity.
 */
final class OperatorAuth {
    private final String adminKey;

    OperatorAuth(String adminKey) {
        this.adminKey = adminKey;
    }

    boolean isOperator(RoutingContext ctx) {
        return adminKey != null && Tokens.sameSecret(HttpErrors.bearer(ctx), adminKey);
    }

    /** A route guard: lets the operator through, answers anyone else 401 without saying what is behind it. */
    void require(RoutingContext ctx) {
        if (isOperator(ctx)) {
            ctx.next();
        } else {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"entente-operator\"");
            HttpErrors.send(ctx, 401, "OPERATOR_ONLY", "Authorization",
                    "This endpoint is for the node's operator: send the admin key as a bearer token.");
        }
    }
}
