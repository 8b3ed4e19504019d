package org.ssmclassroom.testing;

import java.lang.management.ManagementFactory;

/** The live heap: what is left after full collections, the least of three readings. */
public final class Heap {

    private Heap() {}

    public static long live() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(
                    least,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
