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
    /**
     * Who writes each session: sessionId → "nodeId#epoch" ("nodeId#0" while a claim is recovering the log),
     * changed only by compare-and-set. A hint that keeps two nodes from claiming at once; the epochs that
     * fence stale owners are the promises on the members' disks ({@link Replica}).
     */
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
        return config(c, null);
    }

    /** The configuration of the member that is node {@code nodeId} (stable across Hazelcast's own restarts). */
    public static Config config(ClusterConfig c, String nodeId) {
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
            // A member cut off (a pause, a split) looks for the others and merges back within seconds, not minutes.
            defaultProperty(config, "hazelcast.merge.first.run.delay.seconds", "5");
            defaultProperty(config, "hazelcast.merge.next.run.delay.seconds", "5");
        }
        if (nodeId != null) {
            config.getMemberAttributeConfig().setAttribute(ClusterNode.NODE_ATTRIBUTE, nodeId);
        }
        for (String name : new String[] {OWNER_MAP, TOKEN_MAP, NODE_MAP}) {
            if (config.getMapConfigOrNull(name) == null) {
                config.addMapConfig(new MapConfig(name).setBackupCount(1).setAsyncBackupCount(0));
            }
        }
        // With three members or more, the side of a split that holds fewer than a majority cannot change
        // any owner. (What stops it acknowledging is replication: no majority of disks, no ack.)
        int majority = c.members().size() / 2 + 1;
        if (c.configFile() == null && c.members().size() >= 3) {
            config.addSplitBrainProtectionConfig(new SplitBrainProtectionConfig(MAJORITY, true, majority));
            config.getMapConfig(OWNER_MAP).setSplitBrainProtectionName(MAJORITY);
        }
        return config;
    }

    private static void defaultProperty(Config config, String name, String value) {
        if (System.getProperty(name) == null && config.getProperty(name) == null) {
            config.setProperty(name, value);
        }
    }
}
