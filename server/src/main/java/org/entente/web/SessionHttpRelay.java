package org.entente.web;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import org.entente.session.SessionRegistry;

/**
 * In a cluster, a session's HTTP endpoints (overview, invites, bots, review, exports) answer on the
 * node that hosts it; any other node passes the request there unchanged, so that a load balancer may
 * send a facilitator anywhere. The owner applies every check as for a direct request.
 */
final class SessionHttpRelay {
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "Accept");
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "Content-Disposition", "Cache-Control",
            "Location", "Content-Security-Policy");

    private final SessionRegistry registry;
    private final HttpClient client;

    SessionHttpRelay(Vertx vertx, SessionRegistry registry) {
        this.registry = registry;
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true));
    }

    void handle(RoutingContext ctx) {
        SessionRegistry.Cluster cluster = registry.cluster();
        String id = ctx.pathParam("id");
        if (cluster == null || id == null || registry.session(id).isPresent()) {
            ctx.next();
            return;
        }
        ctx.request().pause();
        cluster.ownerAddress(id).onComplete(owner -> {
            if (owner.failed() || owner.result() == null) {
                ctx.next(); // nobody else hosts it: the local handlers answer (401/403/404)
                ctx.request().resume();
                return;
            }
            String address = owner.result();
            int colon = address.lastIndexOf(':');
            RequestOptions options = new RequestOptions().setMethod(ctx.request().method())
                    .setHost(address.substring(0, colon)).setPort(Integer.parseInt(address.substring(colon + 1)))
                    .setURI(ctx.request().uri());
            for (String h : REQUEST_HEADERS) {
                String v = ctx.request().getHeader(h);
                if (v != null) {
                    options.putHeader(h, v);
                }
            }
            ctx.request().body()
                    .compose(body -> client.request(options).compose(req -> req.send(body)))
                    .compose(resp -> resp.body().map(body -> {
                        ctx.response().setStatusCode(resp.statusCode());
                        for (String h : RESPONSE_HEADERS) {
                            String v = resp.getHeader(h);
                            if (v != null) {
                                ctx.response().putHeader(h, v);
                            }
                        }
                        ctx.response().end(body == null ? Buffer.buffer() : body);
                        return null;
                    }))
                    .onFailure(e -> HttpErrors.send(ctx, 502, "OWNER_UNREACHABLE", null,
                            "The node that runs this session did not answer; try again in a few seconds (it may be failing over)."));
            ctx.request().resume();
        });
    }
}
