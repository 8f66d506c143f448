package nl.passendwijzer.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What this JVM allocated and how often and how long its collector paused, at one moment: the difference over an
 * HTTP period says what the server did per answer, since the portal runs in this JVM and the load client does not.
 *
 * @param allocatedBytes all bytes allocated on the heap so far
 * @param collections    collections so far (for G1: young and mixed, full, and the concurrent cycle's pauses)
 * @param collectionMs   their time so far; for G1's beans that is time in pauses
 * @param cpuNanos       CPU time of the whole process so far: per answer, unlike throughput, hardly affected by
 *                       other processes holding the cores for a while
 */
record JvmActivity(long allocatedBytes, long collections, long collectionMs, long cpuNanos) {

    static JvmActivity now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, collector.getCollectionCount());
            millis += Math.max(0, collector.getCollectionTime());
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean system =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new JvmActivity(threads.getTotalThreadAllocatedBytes(), count, millis, system.getProcessCpuTime());
    }

    JvmActivity since(JvmActivity before) {
        return new JvmActivity(allocatedBytes - before.allocatedBytes, collections - before.collections,
                               collectionMs - before.collectionMs, cpuNanos - before.cpuNanos);
    }
}
