package org.ssmclassroom.scenario;

/** Where a pack came from; only imported packs can be removed from the library. */
public record PackSource(Type type, String location) {

    public enum Type {
        BUNDLED,
        FOLDER,
        IMPORTED
    }

    public String description() {
        return type.name().toLowerCase() + " " + location;
    }
}
