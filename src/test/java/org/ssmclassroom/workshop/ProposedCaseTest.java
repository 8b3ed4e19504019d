package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.scenario.ScenarioPack;

class ProposedCaseTest {

    private static final ScenarioPack HOMEBODY = Snapshots.HOMEBODY;
    private static final ScenarioPack FRESHWAY = Snapshots.pack("freshway");

    @Test
    void theNewestWorkshopsCaseIsProposedAgain() {
        assertThat(WorkshopService.proposed(List.of(HOMEBODY, FRESHWAY), Optional.of("freshway")))
                .contains(FRESHWAY);
    }

    @Test
    void aFirstWorkshopIsProposedACaseFromTheDeckBeforeAnAuthoredOne() {
        assertThat(WorkshopService.proposed(List.of(FRESHWAY, HOMEBODY), Optional.empty()))
                .contains(HOMEBODY);
    }

    @Test
    void aCaseNoLongerInTheLibraryIsNotProposed() {
        assertThat(WorkshopService.proposed(List.of(FRESHWAY), Optional.of("homebody")))
                .contains(FRESHWAY);
        assertThat(WorkshopService.proposed(List.of(), Optional.of("homebody"))).isEmpty();
    }
}
