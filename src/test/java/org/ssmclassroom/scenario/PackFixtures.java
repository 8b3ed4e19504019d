package org.ssmclassroom.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ssmclassroom.testing.ScenarioZips;

/** The real packs of {@code scenarios/}, and broken variants of them made by editing one file in memory. */
final class PackFixtures {

    static final Path SCENARIOS = Path.of("scenarios");

    private PackFixtures() {}

    static Map<String, byte[]> files(String pack) {
        try {
            PackFiles files = PackFiles.fromFolder(SCENARIOS.resolve(pack), pack);
            Map<String, byte[]> copy = new HashMap<>();
            files.paths().forEach(p -> copy.put(p, files.read(p).orElseThrow()));
            return copy;
        } catch (PackRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The pack with one file's text changed; fails if the edit changes nothing, so no fixture is a no-op. */
    /** The line of a bundled pack's file holding {@code text}, so an expected place follows the pack's edits. */
    static int lineOf(String pack, String file, String text) {
        try {
            List<String> lines =
                    java.nio.file.Files.readAllLines(SCENARIOS.resolve(pack).resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError(pack + "/" + file + " does not hold " + text);
    }

    static Map<String, byte[]> edited(String pack, String file, UnaryOperator<String> edit) {
        Map<String, byte[]> files = files(pack);
        String before = new String(files.get(file), StandardCharsets.UTF_8);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit of " + pack + "/" + file + " changed nothing");
        }
        files.put(file, after.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static PackResult read(String displayRoot, Map<String, byte[]> files) {
        PackReader reader = new PackReader();
        PackResult method = reader.read(PackFiles.of("ssm-method", files("ssm-method")), id -> Optional.empty());
        ScenarioPack methodPack = ((PackResult.Valid) method).pack();
        return reader.read(
                PackFiles.of(displayRoot, files),
                id -> id.equals("ssm-method") ? Optional.of(methodPack) : Optional.empty());
    }

    static byte[] zip(Map<String, byte[]> files) {
        return ScenarioZips.zip(files);
    }
}
