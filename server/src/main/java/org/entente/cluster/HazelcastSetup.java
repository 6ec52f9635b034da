package org.entente.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.SplitBrainProtectionConfig;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The Hazelcast configuration of a node, built from code (or read from the operator's file). */
public final class HazelcastSetup {
    /** Each session's replicated log: sessionId → {@link SessionLog}. */
    public static final String LOG_MAP = "entente-log";
    /** Who writes each session: sessionId → "nodeId#epoch", changed only by compare-and-set. */
    public static final String OWNER_MAP = "entente-session-owner";
    /** Which session a token hash opens, for nodes that do not host it: tokenHash → sessionId. */
    public static final String TOKEN_MAP = "entente-tokens";
    /** Where each node's HTTP surface is reachable from the others: nodeId → "host:port". */
    public static final String NODE_MAP = "entente-nodes";

    /** The split-brain protection that guards the logs and owners: a majority of the configured members. */
    static final String MAJORITY = "entente-majority";

    private HazelcastSetup() {
    }

    public static Config config(ClusterConfig c) {
        Config config;
        if (c.configFile() != null) {
            try {
                config = Config.loadFromFile(c.configFile().toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the cluster configuration " + c.configFile(), e);
            }
        } else {
            config = ConfigUtil.loadConfig();
            config.setClusterName(c.name());
            config.getNetworkConfig().setPort(c.port()).setPortAutoIncrement(false);
            JoinConfig join = config.getNetworkConfig().getJoin();
            join.getMulticastConfig().setEnabled(false);
            join.getAutoDetectionConfig().setEnabled(false);
            join.getTcpIpConfig().setEnabled(true).getMembers().clear();
            for (String member : c.members()) {
                join.getTcpIpConfig().addMember(member);
            }
            if (c.host() != null) {
                config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface(c.host());
                config.getNetworkConfig().setPublicAddress(c.host() + ":" + c.port());
            }
            config.setProperty("hazelcast.phone.home.enabled", "false");
            // A member that stops answering is declared dead after a few seconds, not the default minute:
            // its sessions are taken over that much sooner. Overridable with -D.
            defaultProperty(config, "hazelcast.heartbeat.interval.seconds", "1");
            defaultProperty(config, "hazelcast.max.no.heartbeat.seconds", "5");
        }
        // Every acknowledged event is on this member and on at least one other before the ack.
        for (String name : new String[] {LOG_MAP, OWNER_MAP, TOKEN_MAP, NODE_MAP}) {
            if (config.getMapConfigOrNull(name) == null) {
                config.addMapConfig(new MapConfig(name).setBackupCount(1).setAsyncBackupCount(0));
            }
        }
        // With three members or more, the side of a split that holds fewer than a majority refuses
        // to append to any log or change any owner: it cannot acknowledge, so two writers cannot both
        // accept commands for one session across a split (docs/operations.md, "Network splits").
        int majority = c.members().size() / 2 + 1;
        if (c.configFile() == null && c.members().size() >= 3) {
            config.addSplitBrainProtectionConfig(new SplitBrainProtectionConfig(MAJORITY, true, majority));
            for (String name : new String[] {LOG_MAP, OWNER_MAP}) {
                config.getMapConfig(name).setSplitBrainProtectionName(MAJORITY);
            }
        }
        return config;
    }

    private static void defaultProperty(Config config, String name, String value) {
        if (System.getProperty(name) == null && config.getProperty(name) == null) {
            config.setProperty(name, value);
        }
    }
}
