package org.ssmclassroom.scenario;

/** Caps that keep a hostile or careless pack from exhausting the server. */
final class PackLimits {
    static final int MAX_PACK_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILE_BYTES = 1024 * 1024;
    static final int MAX_FILES = 200;
    static final int MAX_PATH_DEPTH = 6;

    private PackLimits() {}
}
