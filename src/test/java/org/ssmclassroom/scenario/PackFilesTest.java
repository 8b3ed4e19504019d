package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class PackFilesTest {

    @Test
    void zipWithOneTopFolderIsReadFromInsideIt() throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        PackFixtures.files("freshway").forEach((path, bytes) -> files.put("freshway-1.0/" + path, bytes));
        PackFiles read = PackFiles.fromZip(PackFixtures.zip(files), "freshway.zip");
        assertThat(read.exists("pack.yaml")).isTrue();
        assertThat(read.display("case.yaml")).isEqualTo("freshway.zip/case.yaml");
    }

    @Test
    void pathTraversalInAZipEntryIsRefused() {
        byte[] zip = PackFixtures.zip(Map.of("pack.yaml", "id: x".getBytes(), "../../etc/evil", "x".getBytes()));
        assertThatThrownBy(() -> PackFiles.fromZip(zip, "evil.zip"))
                .isInstanceOf(PackRejectedException.class)
                .hasMessage("evil.zip: unsafe path in zip entry '../../etc/evil' (path traversal)");
    }

    @Test
    void zipBombStopsAtTheSizeCapWhileInflating() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 8; i++) {
                zip.putNextEntry(new ZipEntry("docs/zeros" + i + ".md"));
                zip.write(new byte[1024 * 1024 - 1]);
                zip.closeEntry();
            }
        }
        assertThat(bytes.size()).isLessThan(100_000);
        assertThatThrownBy(() -> PackFiles.fromZip(bytes.toByteArray(), "bomb.zip"))
                .hasMessage("bomb.zip: the pack unpacks to more than 5 MB");
    }

    @Test
    void oversizeFileIsRefused() {
        byte[] zip = PackFixtures.zip(Map.of("docs/big.md", new byte[PackLimits.MAX_FILE_BYTES + 1]));
        assertThatThrownBy(() -> PackFiles.fromZip(zip, "big.zip"))
                .hasMessage("big.zip: 'docs/big.md' is larger than 1 MB");
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, byte[]> many = new HashMap<>();
        for (int i = 0; i <= PackLimits.MAX_FILES; i++) {
            many.put("docs/f" + i + ".md", new byte[] {'x'});
        }
        assertThatThrownBy(() -> PackFiles.fromZip(PackFixtures.zip(many), "many.zip"))
                .hasMessage("many.zip: more than 200 files");
    }

    @Test
    void somethingThatIsNotAZipIsRefused() {
        assertThatThrownBy(() -> PackFiles.fromZip("not a zip".getBytes(), "x.zip"))
                .hasMessageStartingWith("x.zip: the zip holds no files");
    }
}
