package org.ssmclassroom.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackCatalogTest {

    private static PackCatalog.Candidate candidate(String pack, PackSource.Type type) {
        return new PackCatalog.Candidate(PackFiles.of(pack, PackFixtures.files(pack)), new PackSource(type, pack));
    }

    @Test
    void casesAreReadAfterTheMethodTheyNameWhateverTheOrderGiven() {
        PackCatalog catalog = new PackCatalog(new PackReader());
        catalog.addAll(List.of(
                candidate("homebody", PackSource.Type.BUNDLED), candidate("ssm-method", PackSource.Type.BUNDLED)));
        assertThat(catalog.valid("homebody")).isPresent();
    }

    @Test
    void folderPackOverridesTheBundledOneButAnotherSourceMayNotTakeAnId() {
        PackCatalog catalog = new PackCatalog(new PackReader());
        catalog.addAll(List.of(
                candidate("ssm-method", PackSource.Type.BUNDLED),
                candidate("homebody", PackSource.Type.BUNDLED),
                candidate("homebody", PackSource.Type.FOLDER)));
        assertThat(catalog.entry("homebody").orElseThrow().source().type()).isEqualTo(PackSource.Type.FOLDER);
        PackCatalog.Entry clash = catalog.add(candidate("homebody", PackSource.Type.IMPORTED));
        assertThat(((PackResult.Invalid) clash.result()).problems())
                .singleElement()
                .asString()
                .endsWith("pack id 'homebody' is already used by folder homebody");
        assertThat(catalog.valid("homebody")).isPresent();
    }

    @Test
    void brokenPackNeverAffectsTheOthers() {
        PackCatalog catalog = new PackCatalog(new PackReader());
        catalog.addAll(List.of(
                candidate("ssm-method", PackSource.Type.BUNDLED),
                new PackCatalog.Candidate(
                        PackFiles.of(
                                "homebody",
                                PackFixtures.edited(
                                        "homebody", "case.yaml", t -> t.replace("owner: sarah", "owner: nobody"))),
                        new PackSource(PackSource.Type.FOLDER, "x")),
                candidate("freshway", PackSource.Type.BUNDLED)));
        assertThat(catalog.valid("homebody")).isEmpty();
        assertThat(catalog.valid("freshway")).isPresent();
        assertThat(catalog.entries()).hasSize(3);
    }
}
