package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void codesCarryAtLeastThirtyBitsFromAnUnambiguousAlphabet() {
        double bits = JoinCode.LENGTH * Math.log(JoinCode.ALPHABET.length()) / Math.log(2);
        assertThat(bits).isGreaterThan(30);
        assertThat(JoinCode.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(JoinCode.random().value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void typedCodesForgiveCaseSpacesAndDashes() {
        assertThat(JoinCode.parse(" abcd-efgh ")).map(JoinCode::display).contains("ABCD-EFGH");
        assertThat(JoinCode.parse("ABCD EF")).isEmpty();
        assertThat(JoinCode.parse("ABCD-EFG0")).isEmpty();
    }
}
