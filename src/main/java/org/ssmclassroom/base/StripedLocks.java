package org.ssmclassroom.base;

/**
 * A fixed set of monitors that orders actions on one workshop or board within this server: the same key always
 * gets the same monitor, and the memory used never grows with the number of workshops. Atomicity comes from the
 * database transaction taken inside, not from these.
 */
public final class StripedLocks {

    private final Object[] stripes;

    public StripedLocks(int count) {
        stripes = new Object[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new Object();
        }
    }

    public Object of(long key) {
        return stripes[Math.floorMod(Long.hashCode(key * 0x9E3779B97F4A7C15L), stripes.length)];
    }
}
