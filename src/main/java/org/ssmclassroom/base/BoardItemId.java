package org.ssmclassroom.base;

import java.util.Optional;

/**
 * An item on a board: a list entry, a grid cell or a section's one record, in a section of the board's template.
 * Stored and sent as {@code section/suffix} ({@code opportunity/main}, {@code questions/R.open},
 * {@code pain-chain/k3x9}); this is the one place that reads and writes that form.
 */
public record BoardItemId(String section, String suffix) {

    public BoardItemId {
        if (section == null || section.isEmpty() || section.contains("/") || suffix == null) {
            throw new IllegalArgumentException("not a board item: " + section + "/" + suffix);
        }
    }

    /** The item an id in the stored form names. */
    public static BoardItemId parse(String id) {
        return read(id).orElseThrow(() -> new IllegalArgumentException("not a board item: " + id));
    }

    /** The item an id in the stored form names; empty when it names none (an archive's or a browser's text). */
    public static Optional<BoardItemId> read(String id) {
        int slash = id == null ? -1 : id.indexOf('/');
        if (slash <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BoardItemId(id.substring(0, slash), id.substring(slash + 1)));
    }

    /** Whether an id in the stored form names an item of {@code section}. */
    public static boolean inSection(String id, String section) {
        return read(id).map(item -> item.section().equals(section)).orElse(false);
    }

    /** The stored form, {@code section/suffix}. */
    @Override
    public String toString() {
        return section + "/" + suffix;
    }
}
