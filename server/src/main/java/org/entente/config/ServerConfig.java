package org.entente.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * How one node runs. {@code adminKey} is null when none was configured (one is then generated);
 * {@code publicUrl} is what invite links start with, for a node behind a proxy or load balancer;
 * {@code allowedOrigins} are the browser origins allowed to open a websocket (empty: the public URL's
 * origin and the origin of the host the browser asked for); {@code scenariosDir} holds a college's own
 * scenarios, offered beside the bundled ones (null: the bundled ones only).
 */
public record ServerConfig(String host, int port, Path dataDir, String adminKey, String publicUrl, Limits limits,
                           List<String> allowedOrigins, Tls tls, Path scenariosDir) {

    /** Serve HTTPS and WSS with this certificate chain and private key (PEM files); null serves plain HTTP. */
    public record Tls(Path certFile, Path keyFile) {
    }

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "0.0.0.0";

    public ServerConfig {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }

    public ServerConfig(String host, int port, Path dataDir, String adminKey, String publicUrl, Limits limits) {
        this(host, port, dataDir, adminKey, publicUrl, limits, List.of(), null, null);
    }

    public String publicUrlOrDefault(int actualPort) {
        if (publicUrl != null) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        String shownHost = "0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host;
        return (tls == null ? "http://" : "https://") + shownHost + ":" + actualPort;
    }

    /** The origin (scheme://host[:port]) of the public URL, if one is configured. */
    public String publicOrigin() {
        if (publicUrl == null) {
            return null;
        }
        URI u = URI.create(publicUrl);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    /** Never the admin key: a configuration printed to a log must not carry the secret. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir + ", adminKey="
                + (adminKey == null ? "none" : "(configured)") + ", publicUrl=" + publicUrl + ", limits=" + limits
                + ", allowedOrigins=" + allowedOrigins + ", tls=" + tls + ", scenariosDir=" + scenariosDir + "]";
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, adminKey, publicUrl, limits, allowedOrigins, tls, scenariosDir);
    }

    public ServerConfig withAdminKey(String key) {
        return new ServerConfig(host, port, dataDir, key, publicUrl, limits, allowedOrigins, tls, scenariosDir);
    }
}
