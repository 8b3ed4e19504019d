package org.ssmclassroom.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Finds packs: those bundled in the application, and those in a folder of packs (folders or zips). */
public final class PackLocations {

    private PackLocations() {}

    /** The packs shipped under {@code scenarios/} on the classpath, which works from a folder and from a jar. */
    public static List<PackCatalog.Candidate> bundled() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            Map<String, Map<String, byte[]>> packs = new TreeMap<>();
            for (Resource resource : resolver.getResources("classpath*:scenarios/**/*.*")) {
                String url = resource.getURL().toString();
                String relative = url.substring(url.lastIndexOf("scenarios/") + "scenarios/".length());
                int slash = relative.indexOf('/');
                if (slash < 0 || relative.startsWith("schema/")) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    packs.computeIfAbsent(relative.substring(0, slash), k -> new TreeMap<>())
                            .put(relative.substring(slash + 1), in.readAllBytes());
                }
            }
            List<PackCatalog.Candidate> candidates = new ArrayList<>();
            packs.forEach((id, files) -> candidates.add(
                    new PackCatalog.Candidate(PackFiles.of(id, files), new PackSource(PackSource.Type.BUNDLED, id))));
            return candidates;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled scenario packs", e);
        }
    }

    /**
     * Every pack folder and pack zip directly inside {@code folder}. One that cannot be read safely comes back
     * as a candidate whose single problem says why, so it is listed, not lost.
     */
    public static List<Found> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.sorted()
                    .filter(p -> Files.isRegularFile(p.resolve("pack.yaml"))
                            || p.toString().endsWith(".zip"))
                    .map(PackLocations::candidate)
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + folder, e);
        }
    }

    /** A pack at {@code path}: a folder or a zip, or the reason it cannot be read. */
    public static Found candidate(Path path) {
        String display = path.toString();
        PackSource source = new PackSource(PackSource.Type.FOLDER, display);
        try {
            PackFiles files = path.toString().endsWith(".zip")
                    ? PackFiles.fromZip(readCapped(path, display), display)
                    : PackFiles.fromFolder(path, display);
            return new Found(new PackCatalog.Candidate(files, source), null);
        } catch (PackRejectedException e) {
            return new Found(null, e.problem());
        }
    }

    private static byte[] readCapped(Path zip, String display) throws PackRejectedException {
        try {
            if (Files.size(zip) > PackLimits.MAX_PACK_BYTES) {
                throw new PackRejectedException(display, "the zip is larger than 5 MB");
            }
            return Files.readAllBytes(zip);
        } catch (IOException e) {
            throw new PackRejectedException(display, "cannot read: " + e.getMessage());
        }
    }

    /** Either a readable pack, or the problem that kept it from being read. */
    public record Found(PackCatalog.Candidate pack, PackProblem rejection) {}
}
