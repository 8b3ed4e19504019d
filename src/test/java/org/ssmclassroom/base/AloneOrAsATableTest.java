package org.ssmclassroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AloneOrAsATableTest {

    private final ParticipantId mei = new ParticipantId(1);
    private final ParticipantId hao = new ParticipantId(2);
    private final TableId one = new TableId(10);
    private final TableId two = new TableId(20);

    @Test
    void aTraineesOwnIsTheirsAloneWhereverTheySit() {
        assertThat(AloneOrAsATable.belongsTo(mei, null, mei, one)).isTrue();
        assertThat(AloneOrAsATable.belongsTo(mei, null, mei, null)).isTrue();
        assertThat(AloneOrAsATable.belongsTo(mei, null, hao, one))
                .as("a teammate never reaches another's alone")
                .isFalse();
    }

    @Test
    void aTablesIsEveryMemberOfThatTableAndNoOneElses() {
        assertThat(AloneOrAsATable.belongsTo(mei, one, hao, one)).isTrue();
        assertThat(AloneOrAsATable.belongsTo(mei, one, mei, two))
                .as("who started it, moved to another table, no longer acts in it")
                .isFalse();
        assertThat(AloneOrAsATable.belongsTo(mei, one, hao, null)).isFalse();
    }

    @Test
    void aTraineeWithoutATableTakesPartInNoTablesRows() {
        assertThat(AloneOrAsATable.tookPartParams(mei, null)).containsExactly(1L, -1L);
        assertThat(AloneOrAsATable.tookPart("s."))
                .isEqualTo("((s.participant_id = ? AND s.table_id IS NULL) OR s.table_id = ?)");
    }
}
