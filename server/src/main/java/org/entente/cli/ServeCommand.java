package org.entente.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.entente.cluster.ClusterConfig;
import org.entente.config.ConfigException;
import org.entente.config.ConfigFile;
import org.entente.config.ConfigResolver;
import org.entente.config.ServerConfig;
import org.entente.server.EntenteServer;
import org.entente.server.YoungCollections;
import org.entente.session.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run a node (the default when no command is given).")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (env ENTENTE_PORT; default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (env ENTENTE_HOST; default 0.0.0.0).")
    String host;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where sessions are kept (env ENTENTE_DATA_DIR; default ./entente-data).")
    Path dataDir;

    @Option(names = "--public-url", paramLabel = "URL", description = "Base of invite links, e.g. https://wargame.example.edu (env ENTENTE_PUBLIC_URL).")
    String publicUrl;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML or JSON configuration file (env ENTENTE_CONFIG).")
    Path configFile;

    @Option(names = "--scenarios", paramLabel = "DIR", description = "A directory of your own scenarios (*.yaml), offered beside the bundled ones (env ENTENTE_SCENARIOS_DIR).")
    Path scenariosDir;

    @Option(names = "--cluster", description = "Join a cluster of nodes through Hazelcast (env ENTENTE_CLUSTER=true); see docs/operations.md.")
    boolean cluster;

    @Option(names = "--cluster-members", paramLabel = "HOST:PORT,...", description = "Cluster members to join, comma-separated, one host:port each (env ENTENTE_CLUSTER_MEMBERS).")
    String clusterMembers;

    @Option(names = "--cluster-port", paramLabel = "PORT", description = "This member's Hazelcast port (env ENTENTE_CLUSTER_PORT; default 5701).")
    Integer clusterPort;

    @Option(names = "--cluster-host", paramLabel = "ADDRESS", description = "The address this member binds and advertises to the others (env ENTENTE_CLUSTER_HOST).")
    String clusterHost;

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "Isolates one deployment from another (env ENTENTE_CLUSTER_NAME; default entente).")
    String clusterName;

    @Option(names = "--cluster-config", paramLabel = "FILE", description = "A Hazelcast XML or YAML file used instead of the settings above (env ENTENTE_CLUSTER_CONFIG).")
    Path clusterConfig;

    @Override
    public Integer call() throws Exception {
        ServerConfig config;
        ClusterConfig clustering;
        try {
            clustering = ClusterConfig.resolve(cluster, clusterMembers, clusterPort, clusterHost, clusterName, clusterConfig,
                    System.getenv());
            String fromEnv = System.getenv("ENTENTE_CONFIG");
            Path file = configFile != null ? configFile : fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv);
            config = ConfigResolver.resolve(new ConfigResolver.Flags(host, port, dataDir, publicUrl, scenariosDir), System.getenv(),
                    file == null ? ConfigFile.EMPTY : ConfigFile.read(file));
        } catch (ConfigException e) {
            System.err.println("entente: " + e.getMessage());
            return 2;
        }
        org.entente.server.FatalErrors.installProcessWide();
        boolean generatedKey = config.adminKey() == null;
        if (generatedKey) {
            config = config.withAdminKey(Tokens.newToken());
        }
        EntenteServer server = new EntenteServer(config, clustering);
        try {
            // Generous: joining a cluster on a loaded host can take a minute or more.
            server.start().toCompletionStage().toCompletableFuture().get(300, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            System.err.println("entente: could not start: "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            server.stop();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("entente: stopping");
            try {
                server.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // the JVM is exiting anyway
            }
            stopped.countDown();
        }, "entente-shutdown"));
        printBanner(server, generatedKey);
        stopped.await();
        return 0;
    }

    private static void printBanner(EntenteServer server, boolean generatedKey) {
        ServerConfig c = server.config();
        System.out.println();
        System.out.println("  Entente is running.");
        System.out.println("  Open          " + server.publicUrl() + "/");
        // A configured key is never printed (it would land in container and journald logs); a generated one
        // is shown this once, as it is the only way to learn it (docs/security.md, "Secrets").
        System.out.println("  Admin key     " + (generatedKey
                ? c.adminKey() + "   (generated for this run only; set ENTENTE_ADMIN_KEY to keep one and keep it out of logs)"
                : "configured (not shown)"));
        System.out.println("  Data          " + c.dataDir().toAbsolutePath() + "  (" + server.recovery().sessions().size()
                + " session(s) resumed" + (server.recovery().refused().isEmpty() ? ")"
                : ", " + server.recovery().refused().size() + " journal(s) refused: see the log above)"));
        System.out.println("  Health        " + server.publicUrl() + "/health");
        if (!org.entente.server.FatalErrors.jvmExitsOnOutOfMemory()) {
            System.out.println("  Note          start java with -XX:+ExitOnOutOfMemoryError so that a supervisor restarts a node");
            System.out.println("                that runs out of memory (docs/operations.md)");
        }
        if (!YoungCollections.promoteAtOnce()) {
            System.out.println("  Note          start java with " + YoungCollections.RECOMMENDED_OPTION
                    + " for large cohorts: shorter GC pauses");
            System.out.println("                under load (docs/operations.md, \"The JVM's options\")");
        }
        System.out.println("  Stop with Ctrl-C.");
        System.out.println();
    }
}
