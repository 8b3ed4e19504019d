package org.ssmclassroom.scenario;

/** Something that runs on a pack (a workshop): a pack in use cannot be removed from the library. */
public interface PackUsage {

    boolean inUse(String packId);
}
