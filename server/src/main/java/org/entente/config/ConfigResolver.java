package org.entente.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settles each setting from, in order of precedence: the command-line flag, the environment
 * variable ({@code ENTENTE_PORT}, {@code ENTENTE_HOST}, {@code ENTENTE_DATA_DIR},
 * {@code ENTENTE_ADMIN_KEY}, {@code ENTENTE_PUBLIC_URL}), the configuration file, the default.
 */
public final class ConfigResolver {

    /** What the command line said; null where it said nothing. */
    public record Flags(String host, Integer port, Path dataDir, String publicUrl, Path scenariosDir) {
        public Flags(String host, Integer port, Path dataDir, String publicUrl) {
            this(host, port, dataDir, publicUrl, null);
        }
    }

    private ConfigResolver() {
    }

    public static ServerConfig resolve(Flags flags, Map<String, String> env, ConfigFile file) throws ConfigException {
        String host = first(flags.host(), env.get("ENTENTE_HOST"), file.host(), ServerConfig.DEFAULT_HOST);
        int port = port(flags.port() != null ? flags.port().toString() : null, env.get("ENTENTE_PORT"), file.port());
        String dataDir = first(flags.dataDir() == null ? null : flags.dataDir().toString(), env.get("ENTENTE_DATA_DIR"),
                file.dataDir(), "entente-data");
        String adminKey = first(null, env.get("ENTENTE_ADMIN_KEY"), file.adminKey(), null);
        if (adminKey != null && adminKey.length() < 16) {
            throw new ConfigException("adminKey: an admin key needs at least 16 characters; leave it out to have one generated.");
        }
        String publicUrl = first(flags.publicUrl(), env.get("ENTENTE_PUBLIC_URL"), file.publicUrl(), null);
        String originsEnv = env.get("ENTENTE_ALLOWED_ORIGINS");
        java.util.List<String> origins = originsEnv != null && !originsEnv.isBlank()
                ? java.util.Arrays.stream(originsEnv.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList()
                : file.allowedOrigins();
        String scenarios = first(flags.scenariosDir() == null ? null : flags.scenariosDir().toString(),
                env.get("ENTENTE_SCENARIOS_DIR"), file.scenariosDir(), null);
        if (scenarios != null && !java.nio.file.Files.isDirectory(Path.of(scenarios))) {
            throw new ConfigException("scenariosDir: " + scenarios + " is not a directory.");
        }
        return new ServerConfig(host, port, Path.of(dataDir), adminKey, publicUrl, limits(file.limits()), origins,
                tls(file.tls(), env), scenarios == null ? null : Path.of(scenarios));
    }

    private static int port(String flag, String env, Integer file) throws ConfigException {
        String raw = first(flag, env, file == null ? null : file.toString(), String.valueOf(ServerConfig.DEFAULT_PORT));
        try {
            int port = Integer.parseInt(raw.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ConfigException("port: '" + raw + "' is not a port number (0 to 65535; 0 picks a free one).");
        }
    }

    private static ServerConfig.Tls tls(ConfigFile.TlsFile f, Map<String, String> env) throws ConfigException {
        String cert = first(env.get("ENTENTE_TLS_CERT"), f == null ? null : f.certFile());
        String key = first(env.get("ENTENTE_TLS_KEY"), f == null ? null : f.keyFile());
        if (cert == null && key == null) {
            return null;
        }
        if (cert == null || key == null) {
            throw new ConfigException("tls: give both certFile and keyFile (PEM), or neither.");
        }
        for (String file : new String[] {cert, key}) {
            if (!java.nio.file.Files.isReadable(Path.of(file))) {
                throw new ConfigException("tls: cannot read " + file + ".");
            }
        }
        return new ServerConfig.Tls(Path.of(cert), Path.of(key));
    }

    private static Limits limits(ConfigFile.LimitsFile f) throws ConfigException {
        Limits d = Limits.DEFAULTS;
        if (f == null) {
            return d;
        }
        try {
            return new Limits(
                    f.maxFrameBytes() == null ? d.maxFrameBytes() : f.maxFrameBytes(),
                    f.hardFrameBytes() == null ? d.hardFrameBytes() : f.hardFrameBytes(),
                    f.maxMessageChars() == null ? d.maxMessageChars() : f.maxMessageChars(),
                    f.maxNameChars() == null ? d.maxNameChars() : f.maxNameChars(),
                    f.commandsPerSecond() == null ? d.commandsPerSecond() : f.commandsPerSecond(),
                    f.commandBurst() == null ? d.commandBurst() : f.commandBurst(),
                    f.maxStrikes() == null ? d.maxStrikes() : f.maxStrikes(),
                    f.maxQueuedBytes() == null ? d.maxQueuedBytes() : f.maxQueuedBytes(),
                    f.maxConnectionsPerToken() == null ? d.maxConnectionsPerToken() : f.maxConnectionsPerToken(),
                    f.membershipChangesPerMinute() == null ? d.membershipChangesPerMinute() : f.membershipChangesPerMinute(),
                    f.maxQueuedBytesPerNode() == null ? d.maxQueuedBytesPerNode() : f.maxQueuedBytesPerNode(),
                    f.requestTimeoutSeconds() == null ? d.requestTimeoutSeconds() : f.requestTimeoutSeconds(),
                    f.joinTimeoutSeconds() == null ? d.joinTimeoutSeconds() : f.joinTimeoutSeconds());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("limits: " + e.getMessage());
        }
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T c : candidates) {
            if (c != null && !(c instanceof String s && s.isBlank())) {
                return c;
            }
        }
        return null;
    }
}
