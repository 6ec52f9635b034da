package org.entente.web;

import io.vertx.ext.web.RoutingContext;
import org.entente.session.SessionRegistry;
import org.entente.session.SessionVerticle;

/** The one check of the white cell's HTTP endpoints: the bearer token must be this session's facilitator token. */
final class FacilitatorAuth {

    private FacilitatorAuth() {
    }

    /** The session of the path if the bearer is its white cell; otherwise answers 401 or 403 and returns null. */
    static SessionVerticle session(RoutingContext ctx, SessionRegistry registry) {
        String id = ctx.pathParam("id");
        var grant = registry.grantFor(HttpErrors.bearer(ctx));
        if (grant.isEmpty()) {
            HttpErrors.send(ctx, 401, "TOKEN_REQUIRED", "Authorization", "Send this session's facilitator token as a bearer token.");
            return null;
        }
        if (!grant.get().sessionId().equals(id) || !grant.get().role().isWhiteCell()) {
            HttpErrors.send(ctx, 403, "FORBIDDEN", "Authorization", "This token does not give the white cell of this session.");
            return null;
        }
        return registry.session(id).orElse(null);
    }
}
