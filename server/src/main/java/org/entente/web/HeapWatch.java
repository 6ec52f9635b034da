package org.entente.web;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryNotificationInfo;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the heap after each collection: when the old generation is still more than
 * {@link #THRESHOLD} full, the node is near an OutOfMemoryError, and it drops the clients holding the
 * most until it holds half of what it held. The node's own state (sessions, logs) is not shed: a node
 * that still runs out exits (docs/operations.md: -XX:+ExitOnOutOfMemoryError) and its journals bring it back.
 */
final class HeapWatch implements AutoCloseable {
    static final double THRESHOLD = 0.85;
    private static final Logger LOG = LoggerFactory.getLogger(HeapWatch.class);
    private final NotificationListener listener;
    private final NotificationEmitter emitter = (NotificationEmitter) ManagementFactory.getMemoryMXBean();

    HeapWatch(NodeQueues queues) {
        listener = (notification, handback) -> {
            if (MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED.equals(notification.getType())) {
                long before = queues.held();
                long shedBefore = queues.shedCount();
                queues.shedDownTo(before / 2);
                LOG.warn("the heap is more than {}% full after a collection: dropped {} client(s) holding the most "
                        + "({} bytes held for clients before)", (int) (THRESHOLD * 100), queues.shedCount() - shedBefore, before);
            }
        };
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && pool.getUsage().getMax() > 0 && isOldGeneration(pool.getName())) {
                pool.setCollectionUsageThreshold((long) (pool.getUsage().getMax() * THRESHOLD));
            }
        }
        emitter.addNotificationListener(listener, null, null);
    }

    private static boolean isOldGeneration(String pool) {
        return pool.contains("Old") || pool.contains("Tenured");
    }

    @Override
    public void close() {
        try {
            emitter.removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException ignored) {
            // already gone
        }
    }
}
