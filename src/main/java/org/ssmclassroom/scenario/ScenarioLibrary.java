package org.ssmclassroom.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.ssmclassroom.base.ClusterBus;
import org.ssmclassroom.base.LiveTopic;

/**
 * The case library: packs bundled with the application, packs in {@code ssm.scenarios.dir}, and packs imported
 * from the UI. A broken pack is listed with its problems and never affects the others.
 */
@Service
public class ScenarioLibrary {

    private static final Logger log = LoggerFactory.getLogger(ScenarioLibrary.class);

    /** The outcome of an import: the pack, or every problem that kept it out. */
    public record ImportResult(Optional<ScenarioPack> pack, List<PackProblem> problems) {}

    private final PackReader reader = new PackReader();
    private final PackCatalog catalog = new PackCatalog(reader);
    private final ImportedPackRepository imported;
    private final ObjectProvider<PackUsage> usages;
    private final ClusterBus bus;
    private static final LiveTopic<String, Void> TOPIC = LiveTopic.of("packs", String.class);

    /** Usages are looked up when needed: workshops depend on the library, not the other way round. */
    ScenarioLibrary(
            ScenarioProperties properties,
            ImportedPackRepository imported,
            ObjectProvider<PackUsage> usages,
            ClusterBus bus) {
        this.imported = imported;
        this.usages = usages;
        this.bus = bus;
        // A pack imported or removed through another node is read again from the database here.
        bus.on(TOPIC, (id, nothing) -> importedElsewhere(id));
        List<PackCatalog.Candidate> candidates = new ArrayList<>(PackLocations.bundled());
        for (PackLocations.Found found : PackLocations.inFolder(properties.dir())) {
            if (found.pack() != null) {
                candidates.add(found.pack());
            } else {
                log.warn("Scenario pack refused: {}", found.rejection());
            }
        }
        imported.findAll().forEach(stored -> storedCandidate(stored).ifPresent(candidates::add));
        catalog.addAll(candidates);
        catalog.entries().forEach(ScenarioLibrary::logEntry);
    }

    public synchronized List<PackCatalog.Entry> entries() {
        return catalog.entries();
    }

    public synchronized Optional<PackCatalog.Entry> entry(String id) {
        return catalog.entry(id);
    }

    public synchronized Optional<ScenarioPack> pack(String id) {
        return catalog.valid(id);
    }

    /** Validates an uploaded zip exactly as a pack folder; only a valid pack is stored and listed. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public synchronized ImportResult importZip(String fileName, byte[] zip, String importedBy) {
        PackFiles files;
        try {
            files = PackFiles.fromZip(zip, displayName(fileName));
        } catch (PackRejectedException e) {
            return new ImportResult(Optional.empty(), List.of(e.problem()));
        }
        Optional<PackProblem> inUse = replacesPackInUse(files);
        if (inUse.isPresent()) {
            return new ImportResult(Optional.empty(), List.of(inUse.get()));
        }
        PackCatalog.Entry entry =
                catalog.read(new PackCatalog.Candidate(files, new PackSource(PackSource.Type.IMPORTED, fileName)));
        return switch (entry.result()) {
            case PackResult.Valid valid -> {
                // Stored first: a failed write leaves the library as it was, here and after a restart.
                imported.save(valid.pack().id(), valid.pack().manifest().version(), zip, importedBy);
                catalog.put(entry);
                log.info(
                        "Pack {} {} imported by {}",
                        valid.pack().id(),
                        valid.pack().manifest().version(),
                        importedBy);
                bus.announce(TOPIC, valid.pack().id(), null);
                yield new ImportResult(Optional.of(valid.pack()), List.of());
            }
            case PackResult.Invalid invalid -> new ImportResult(Optional.empty(), invalid.problems());
        };
    }

    /**
     * A running workshop keeps the pack it started with: a pack that would replace one an open workshop uses (as
     * its case, or as the method of its case) is refused, so no exercise or template vanishes under a class.
     */
    private Optional<PackProblem> replacesPackInUse(PackFiles files) {
        if (!(reader.read(files, catalog::validMethod) instanceof PackResult.Valid valid)) {
            return Optional.empty();
        }
        String id = valid.pack().id();
        List<String> dependents = new ArrayList<>(List.of(id));
        catalog.entries().stream()
                .filter(e -> e.result() instanceof PackResult.Valid v
                        && v.pack().manifest().method() != null
                        && v.pack().manifest().method().id().equals(id))
                .forEach(e -> dependents.add(e.id()));
        return dependents.stream()
                .filter(this::inUse)
                .findFirst()
                .map(used -> PackProblem.inFile(
                        files.display("pack.yaml"),
                        "pack '" + id + "' cannot be replaced now: an open workshop uses "
                                + (used.equals(id) ? "it" : "case '" + used + "', which is built on it")
                                + ". Close that workshop first, or give the new version another id."));
    }

    private boolean inUse(String packId) {
        return usages.orderedStream().anyMatch(usage -> usage.inUse(packId));
    }

    /** Removes an imported pack; bundled and folder packs are managed on disk, not here. */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public synchronized void remove(String id) {
        PackCatalog.Entry entry = catalog.entry(id).orElseThrow(() -> new IllegalArgumentException("no pack " + id));
        if (entry.source().type() != PackSource.Type.IMPORTED) {
            throw new IllegalStateException("only imported packs can be removed; " + id + " is "
                    + entry.source().description());
        }
        if (inUse(id)) {
            throw new IllegalStateException("pack " + id + " is used by a workshop that is not closed");
        }
        imported.delete(id);
        catalog.remove(id);
        bus.announce(TOPIC, id, null);
    }

    private synchronized void importedElsewhere(String id) {
        Optional<ImportedPackRepository.StoredPack> stored = imported.find(id);
        if (stored.isPresent()) {
            storedCandidate(stored.get()).map(catalog::add).ifPresent(ScenarioLibrary::logEntry);
        } else if (catalog.entry(id)
                .filter(e -> e.source().type() == PackSource.Type.IMPORTED)
                .isPresent()) {
            catalog.remove(id);
            log.info("Pack {} removed through another node", id);
        }
    }

    private static Optional<PackCatalog.Candidate> storedCandidate(ImportedPackRepository.StoredPack stored) {
        try {
            return Optional.of(new PackCatalog.Candidate(
                    PackFiles.fromZip(stored.archive(), stored.packId()),
                    new PackSource(PackSource.Type.IMPORTED, stored.packId() + ".zip")));
        } catch (PackRejectedException e) {
            log.warn("Stored pack refused: {}", e.problem());
            return Optional.empty();
        }
    }

    private static String displayName(String fileName) {
        String name = Objects.requireNonNullElse(fileName, "upload.zip");
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void logEntry(PackCatalog.Entry entry) {
        switch (entry.result()) {
            case PackResult.Valid valid ->
                log.info(
                        "Scenario pack {} {} loaded ({})",
                        valid.pack().id(),
                        valid.pack().manifest().version(),
                        entry.source().description());
            case PackResult.Invalid invalid ->
                log.warn(
                        "Scenario pack {} refused:\n  {}",
                        entry.id(),
                        String.join(
                                "\n  ",
                                invalid.problems().stream()
                                        .map(PackProblem::toString)
                                        .toList()));
        }
    }
}
