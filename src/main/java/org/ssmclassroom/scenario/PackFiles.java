package org.ssmclassroom.scenario;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of one pack, read from a folder or a zip into memory under the caps of {@link PackLimits}.
 * Paths are relative to the pack root and use '/'; {@code displayRoot} prefixes them in error messages.
 */
public final class PackFiles {

    private final String displayRoot;
    private final Map<String, byte[]> files;

    private PackFiles(String displayRoot, Map<String, byte[]> files) {
        this.displayRoot = displayRoot;
        this.files = Collections.unmodifiableMap(files);
    }

    public static PackFiles of(String displayRoot, Map<String, byte[]> files) {
        return new PackFiles(displayRoot, new TreeMap<>(files));
    }

    String display(String path) {
        return displayRoot.isEmpty() ? path : displayRoot + "/" + path;
    }

    Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path));
    }

    boolean exists(String path) {
        return files.containsKey(path);
    }

    List<String> paths() {
        return List.copyOf(files.keySet());
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /** Reads a pack folder without following links. */
    public static PackFiles fromFolder(Path folder, String displayRoot) throws PackRejectedException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new PackRejectedException(displayRoot, "not a folder");
        }
        Map<String, byte[]> files = new TreeMap<>();
        Budget budget = new Budget(displayRoot);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                budget.admit(relative, Files.size(file));
                files.put(relative, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new PackRejectedException(displayRoot, "cannot read the folder: " + e.getMessage());
        }
        return new PackFiles(displayRoot, files);
    }

    /**
     * Reads a zipped pack. Sizes are counted while inflating, never trusted from the entry headers, so a zip
     * bomb stops at the cap. A single top-level folder inside the zip is taken as the pack root.
     */
    public static PackFiles fromZip(byte[] zip, String displayRoot) throws PackRejectedException {
        if (zip.length > PackLimits.MAX_PACK_BYTES) {
            throw new PackRejectedException(displayRoot, "the zip is larger than " + mib(PackLimits.MAX_PACK_BYTES));
        }
        Map<String, byte[]> raw = new TreeMap<>();
        Budget budget = new Budget(displayRoot);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                String name = safeName(entry.getName(), displayRoot);
                if (entry.isDirectory() || isJunk(name)) {
                    continue;
                }
                budget.admit(name, 0);
                byte[] content = readCapped(in, name, budget);
                if (raw.put(name, content) != null) {
                    throw new PackRejectedException(displayRoot, "the zip holds '" + name + "' twice");
                }
            }
        } catch (IOException e) {
            throw new PackRejectedException(displayRoot, "not a readable zip file: " + e.getMessage());
        }
        if (raw.isEmpty()) {
            throw new PackRejectedException(displayRoot, "the zip holds no files");
        }
        return new PackFiles(displayRoot, stripSingleRoot(raw));
    }

    private static byte[] readCapped(InputStream in, String name, Budget budget)
            throws IOException, PackRejectedException {
        var out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            budget.grow(name, out.size() + n, n);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String safeName(String name, String displayRoot) throws PackRejectedException {
        String normalized = name.replace('\\', '/');
        boolean traversal = normalized.startsWith("/")
                || normalized.matches("^[A-Za-z]:.*")
                || List.of(normalized.split("/")).contains("..");
        if (traversal) {
            throw new PackRejectedException(displayRoot, "unsafe path in zip entry '" + name + "' (path traversal)");
        }
        return normalized;
    }

    private static boolean isJunk(String name) {
        return name.startsWith("__MACOSX/") || name.endsWith("/.DS_Store") || name.equals(".DS_Store");
    }

    private static Map<String, byte[]> stripSingleRoot(Map<String, byte[]> raw) {
        if (raw.containsKey("pack.yaml")) {
            return raw;
        }
        List<String> roots = raw.keySet().stream()
                .map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : "")
                .distinct()
                .toList();
        if (roots.size() != 1 || roots.getFirst().isEmpty()) {
            return raw;
        }
        String prefix = roots.getFirst() + "/";
        Map<String, byte[]> stripped = new TreeMap<>();
        raw.forEach((path, bytes) -> stripped.put(path.substring(prefix.length()), bytes));
        return stripped;
    }

    private static String mib(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }

    /** Counts files and bytes against the caps. */
    private static final class Budget {
        private final String displayRoot;
        private final List<String> names = new ArrayList<>();
        private long total;

        Budget(String displayRoot) {
            this.displayRoot = displayRoot;
        }

        void admit(String name, long size) throws PackRejectedException {
            names.add(name);
            if (names.size() > PackLimits.MAX_FILES) {
                throw new PackRejectedException(displayRoot, "more than " + PackLimits.MAX_FILES + " files");
            }
            if (name.split("/").length > PackLimits.MAX_PATH_DEPTH) {
                throw new PackRejectedException(displayRoot, "'" + name + "' is nested too deeply");
            }
            grow(name, size, size);
        }

        void grow(String name, long fileSize, long added) throws PackRejectedException {
            total += added;
            if (fileSize > PackLimits.MAX_FILE_BYTES) {
                throw new PackRejectedException(
                        displayRoot, "'" + name + "' is larger than " + mib(PackLimits.MAX_FILE_BYTES));
            }
            if (total > PackLimits.MAX_PACK_BYTES) {
                throw new PackRejectedException(
                        displayRoot, "the pack unpacks to more than " + mib(PackLimits.MAX_PACK_BYTES));
            }
        }
    }
}
