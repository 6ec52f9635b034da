package org.entente.web;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.config.ServerConfig;

/**
 * Which browser pages may open a websocket here. A browser always sends {@code Origin}; other clients
 * (bots, the benchmark, scripts) do not, and carry a token anyway.
 *
 * <p>The allowed origins follow the configuration, never the request's {@code Host} header alone: a page
 * of evil.example whose name an attacker re-points at this node (DNS rebinding) sends
 * {@code Host: evil.example} and {@code Origin: http://evil.example}, which match each other. So: the
 * configured {@code allowedOrigins}, else the public URL's origin; and, when no public URL is configured,
 * a page served under an IP address or {@code localhost} (names no attacker can re-point) from this node.
 */
final class OriginPolicy {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
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
        if (publicOrigin != null) {
            return origin.equals(publicOrigin);
        }
        String host = request.getHeader("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host)) && unrebindable(origin);
    }

    /** Whether the origin's host is an IP literal or localhost: a name DNS rebinding cannot point here. */
    private static boolean unrebindable(String origin) {
        try {
            String host = URI.create(origin).getHost();
            if (host == null) {
                return false;
            }
            return host.equalsIgnoreCase("localhost") || IPV4.matcher(host).matches() || host.startsWith("[");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
