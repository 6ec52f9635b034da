package org.entente.web;

import io.vertx.core.http.HttpServerRequest;
import java.util.Set;
import org.entente.config.ServerConfig;

/**
 * Which browser pages may open a websocket here. A browser always sends {@code Origin}; other
 * clients (bots, the benchmark, scripts) do not, and carry a token anyway. Without configured
 * origins, a page of this very server is allowed: the public URL's origin, or the origin of the host
 * the browser asked for.
 */
final class OriginPolicy {
    private final Set<String> allowed;
    private final String publicOrigin;

    OriginPolicy(ServerConfig config) {
        this.allowed = Set.copyOf(config.allowedOrigins());
        this.publicOrigin = config.publicOrigin();
    }

    boolean allows(HttpServerRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        if (!allowed.isEmpty()) {
            return allowed.contains(origin) || allowed.contains("*");
        }
        if (origin.equals(publicOrigin)) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
