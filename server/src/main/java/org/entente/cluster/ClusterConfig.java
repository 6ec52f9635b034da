package org.entente.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.entente.config.ConfigException;

/**
 * How a node joins a cluster (issue 8). {@code enabled} false is the single-node server, untouched.
 * {@code members} are Hazelcast addresses ({@code host:port}, one per entry; no port ranges);
 * {@code host} is the address this member binds and advertises (null: Hazelcast picks one);
 * {@code name} isolates one deployment from another on the same network; {@code configFile} is an
 * optional Hazelcast XML or YAML file that replaces the configuration built here.
 */
public record ClusterConfig(boolean enabled, List<String> members, int port, String host, String name, Path configFile) {
    public static final int DEFAULT_PORT = 5701;
    public static final String DEFAULT_NAME = "entente";
    public static final ClusterConfig SINGLE_NODE = new ClusterConfig(false, List.of(), DEFAULT_PORT, null, DEFAULT_NAME, null);

    public ClusterConfig {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * Settles the cluster settings from the flags (null where not given) and then the environment
     * ({@code ENTENTE_CLUSTER}, {@code ENTENTE_CLUSTER_MEMBERS}, {@code ENTENTE_CLUSTER_PORT},
     * {@code ENTENTE_CLUSTER_HOST}, {@code ENTENTE_CLUSTER_NAME}, {@code ENTENTE_CLUSTER_CONFIG}).
     */
    public static ClusterConfig resolve(boolean flag, String membersFlag, Integer portFlag, String hostFlag, String nameFlag,
                                        Path configFlag, Map<String, String> env) throws ConfigException {
        boolean enabled = flag || "true".equalsIgnoreCase(trim(env.get("ENTENTE_CLUSTER")));
        if (!enabled) {
            return SINGLE_NODE;
        }
        String membersRaw = first(membersFlag, env.get("ENTENTE_CLUSTER_MEMBERS"));
        List<String> members = membersRaw == null ? List.of()
                : Arrays.stream(membersRaw.split(",")).map(String::trim).filter(m -> !m.isEmpty()).toList();
        for (String m : members) {
            if (m.contains("-") && m.matches(".*:\\d+-\\d+")) {
                throw new ConfigException("cluster members: '" + m + "' is a port range; list each member (host:port) separately.");
            }
        }
        String portRaw = first(portFlag == null ? null : portFlag.toString(), env.get("ENTENTE_CLUSTER_PORT"));
        int port = DEFAULT_PORT;
        if (portRaw != null) {
            try {
                port = Integer.parseInt(portRaw.trim());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new ConfigException("cluster port: '" + portRaw + "' is not a port number (1 to 65535).");
            }
        }
        String host = first(hostFlag, env.get("ENTENTE_CLUSTER_HOST"));
        String name = first(nameFlag, env.get("ENTENTE_CLUSTER_NAME"), DEFAULT_NAME);
        String file = first(configFlag == null ? null : configFlag.toString(), env.get("ENTENTE_CLUSTER_CONFIG"));
        if (file != null && !Files.isReadable(Path.of(file))) {
            throw new ConfigException("cluster config: cannot read " + file + ".");
        }
        return new ClusterConfig(true, members, port, host, name, file == null ? null : Path.of(file));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.trim();
            }
        }
        return null;
    }
}
