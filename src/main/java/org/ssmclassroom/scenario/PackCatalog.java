package org.ssmclassroom.scenario;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of packs read together: method packs first, so that case packs can name them. Not thread-safe;
 * {@link ScenarioLibrary} guards it.
 */
public final class PackCatalog {

    /** A pack as the library lists it: where it came from and what reading it gave. */
    public record Entry(String id, PackSource source, PackResult result) {}

    private final PackReader reader;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    public PackCatalog(PackReader reader) {
        this.reader = reader;
    }

    /** Reads packs in dependency order: method packs before cases, bundled before folder before imported. */
    public void addAll(Collection<Candidate> candidates) {
        candidates.stream()
                .sorted(Comparator.comparing(Candidate::isMethod)
                        .reversed()
                        .thenComparing(candidate -> candidate.source().type()))
                .forEach(this::add);
    }

    /** Reads one pack and lists it; its id must not be taken by another source. */
    public Entry add(Candidate candidate) {
        return put(read(candidate));
    }

    /** Lists an entry {@link #read} gave, in place of any of its id. */
    public Entry put(Entry entry) {
        entries.put(entry.id(), entry);
        return entry;
    }

    /** Reads one pack as {@link #add} would list it, without listing it. */
    public Entry read(Candidate candidate) {
        PackResult result = reader.read(candidate.files(), this::validMethod);
        String id = switch (result) {
            case PackResult.Valid valid -> valid.pack().id();
            case PackResult.Invalid invalid -> candidate.files().display("");
        };
        Entry existing = entries.get(id);
        if (existing != null && result.isValid() && !replaces(candidate.source(), existing.source())) {
            result = new PackResult.Invalid(
                    id,
                    List.of(PackProblem.inFile(
                            candidate.files().display("pack.yaml"),
                            "pack id '" + id + "' is already used by "
                                    + existing.source().description())));
            id = candidate.files().display("");
        }
        return new Entry(id, candidate.source(), result);
    }

    /**
     * A pack in the scenarios folder overrides the bundled pack of the same id (it is the copy an author edits);
     * a new import of a pack replaces its earlier import. Any other clash is refused.
     */
    private static boolean replaces(PackSource incoming, PackSource existing) {
        return incoming.type() == PackSource.Type.FOLDER && existing.type() == PackSource.Type.BUNDLED
                || incoming.type() == PackSource.Type.IMPORTED && existing.type() == PackSource.Type.IMPORTED;
    }

    public Optional<ScenarioPack> validMethod(String id) {
        return valid(id).filter(pack -> !pack.isCase());
    }

    public Optional<ScenarioPack> valid(String id) {
        Entry entry = entries.get(id);
        return entry != null && entry.result() instanceof PackResult.Valid valid
                ? Optional.of(valid.pack())
                : Optional.empty();
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public void remove(String id) {
        entries.remove(id);
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** A pack waiting to be read, with a cheap look at its kind. */
    public record Candidate(PackFiles files, PackSource source) {
        boolean isMethod() {
            return files.read("pack.yaml")
                    .map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                    .map(text ->
                            text.lines().anyMatch(line -> line.replace(" ", "").equals("kind:method")))
                    .orElse(false);
        }
    }
}
