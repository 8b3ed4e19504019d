package org.ssmclassroom.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zipped packs for import tests, made from the real packs under {@code scenarios/}. */
public final class ScenarioZips {

    private ScenarioZips() {}

    public static Map<String, byte[]> files(String pack) {
        Path root = Path.of("scenarios", pack);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A copy of a case pack under another id and English title, so it can be imported beside the original. */
    public static byte[] renamedCase(String pack, String newId, String newTitle) {
        Map<String, byte[]> files = files(pack);
        String manifest = new String(files.get("pack.yaml"), StandardCharsets.UTF_8)
                .replace("id: " + pack, "id: " + newId)
                .replaceFirst("(?m)^  en: .*$", "  en: " + newTitle);
        files.put("pack.yaml", manifest.getBytes(StandardCharsets.UTF_8));
        return zip(files);
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** About 40 KB that inflates to 8 MB. */
    public static byte[] bomb() {
        Map<String, byte[]> files = new TreeMap<>();
        for (int i = 0; i < 8; i++) {
            files.put("docs/zeros" + i + ".md", new byte[1024 * 1024 - 1]);
        }
        return zip(files);
    }
}
