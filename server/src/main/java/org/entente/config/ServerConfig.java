package org.entente.config;

import java.nio.file.Path;

/**
 * How one node runs. {@code adminKey} is null when none was configured (one is then generated);
 * {@code publicUrl} is what invite links start with, for a node behind a proxy or load balancer.
 */
public record ServerConfig(String host, int port, Path dataDir, String adminKey, String publicUrl, Limits limits) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_HOST = "0.0.0.0";

    public String publicUrlOrDefault(int actualPort) {
        if (publicUrl != null) {
            return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        }
        String shownHost = "0.0.0.0".equals(host) || "::".equals(host) ? "localhost" : host;
        return "http://" + shownHost + ":" + actualPort;
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, adminKey, publicUrl, limits);
    }

    public ServerConfig withAdminKey(String key) {
        return new ServerConfig(host, port, dataDir, key, publicUrl, limits);
    }
}
