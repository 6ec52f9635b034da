package org.entente.cluster;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.splitbrainprotection.SplitBrainProtectionException;
import java.util.List;
import java.util.UUID;
import org.entente.web.FreePorts;
import org.junit.jupiter.api.Test;

/** A member cut off from the majority of a three-member cluster cannot claim a session (nor, see ReplicationTest, acknowledge). */
class MinoritySideTest {

    @Test
    void aLoneMemberOfAThreeMemberClusterRefusesToWrite() throws Exception {
        System.setProperty("hazelcast.wait.seconds.before.join", "0");
        int p = FreePorts.next();
        List<String> members = List.of("127.0.0.1:" + p, "127.0.0.1:" + FreePorts.next(), "127.0.0.1:" + FreePorts.next());
        HazelcastInstance alone = Hazelcast.newHazelcastInstance(HazelcastSetup.config(
                new ClusterConfig(true, members, p, "127.0.0.1", "minority-" + UUID.randomUUID(), null)));
        try {
            IMap<String, String> owners = alone.getMap(HazelcastSetup.OWNER_MAP);
            assertThrows(SplitBrainProtectionException.class, () -> owners.putIfAbsent("s", "me#2"));
        } finally {
            alone.shutdown();
        }
    }

}
