package org.ssmclassroom.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.workshop.Snapshots.NOW;
import static org.ssmclassroom.workshop.Snapshots.inState;
import static org.ssmclassroom.workshop.Snapshots.joined;
import static org.ssmclassroom.workshop.Snapshots.opened;
import static org.ssmclassroom.workshop.Snapshots.running;
import static org.ssmclassroom.workshop.Snapshots.table;
import static org.ssmclassroom.workshop.Snapshots.withTable;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopSnapshot;

class ConsoleModelTest {

    private static WorkshopSnapshot threeTablesOnEx2() {
        return opened(joined(joined(running(3), 1, "Mei", 1), 2, "Wang", 2), "ex2", 1, 2, 3);
    }

    @Test
    void everyCardIsDrawnTheFirstTime() {
        ConsoleModel model = ConsoleModel.of(threeTablesOnEx2());

        assertThat(model.cardsChangedSince(null)).containsExactly(table(1), table(2), table(3));
        assertThat(model.sameTablesAs(null)).isFalse();
    }

    @Test
    void aJoinAtOneTableRedrawsThatCardOnlyAndCountsInTheHeader() {
        ConsoleModel before = ConsoleModel.of(threeTablesOnEx2());

        ConsoleModel after = ConsoleModel.of(joined(threeTablesOnEx2(), 3, "Li", 2));

        assertThat(after.cardsChangedSince(before)).containsExactly(table(2));
        assertThat(after.header()).isEqualTo(before.header());
        assertThat(after.joined()).isEqualTo(3);
        assertThat(after.sameTablesAs(before)).isTrue();
    }

    @Test
    void aClockStartedForOneTableRedrawsItsCardOnly() {
        WorkshopSnapshot before = threeTablesOnEx2();
        WorkshopSnapshot after =
                withTable(before, 3, t -> t.withClock(ExerciseClock.idle().start(Duration.ofMinutes(15), NOW)));

        assertThat(ConsoleModel.of(after).cardsChangedSince(ConsoleModel.of(before)))
                .containsExactly(table(3));
    }

    @Test
    void aRenamedTableRedrawsEveryCardForItsNameInTheMoveChoicesAndTheUnseated() {
        WorkshopSnapshot before = joined(threeTablesOnEx2(), 3, "Zhao", null);
        WorkshopSnapshot after = withTable(before, 1, t -> t.withName("Window"));

        ConsoleModel model = ConsoleModel.of(after);

        assertThat(model.cardsChangedSince(ConsoleModel.of(before))).containsExactly(table(1), table(2), table(3));
        assertThat(model.unseated()).isNotEqualTo(ConsoleModel.of(before).unseated());
    }

    @Test
    void anUnseatedJoinChangesNoCard() {
        ConsoleModel before = ConsoleModel.of(threeTablesOnEx2());

        ConsoleModel after = ConsoleModel.of(joined(threeTablesOnEx2(), 3, "Zhao", null));

        assertThat(after.cardsChangedSince(before)).isEmpty();
        assertThat(after.unseated().members())
                .extracting(ConsoleModel.Member::name)
                .containsExactly("Zhao");
    }

    @Test
    void closingTheWorkshopRebuildsTheHeaderAndEveryCard() {
        ConsoleModel before = ConsoleModel.of(threeTablesOnEx2());

        ConsoleModel after = ConsoleModel.of(inState(threeTablesOnEx2(), Workshop.State.CLOSED));

        assertThat(after.header()).isNotEqualTo(before.header());
        assertThat(after.cardsChangedSince(before)).hasSize(3);
        assertThat(after.unseated().closed()).isTrue();
    }

    @Test
    void aClosedWorkshopOffersNoUndoAndDisablesTheHeadersActions() {
        WorkshopSnapshot open = threeTablesOnEx2();
        WorkshopSnapshot undoable = new WorkshopSnapshot(
                open.revision(),
                open.workshop(),
                open.pack(),
                open.tables(),
                open.participants(),
                open.overrides(),
                true);

        assertThat(ConsoleModel.of(undoable).undoable()).isTrue();
        assertThat(ConsoleModel.of(inState(undoable, Workshop.State.CLOSED)).undoable())
                .isFalse();
        assertThat(ConsoleModel.of(inState(undoable, Workshop.State.CLOSED))
                        .header()
                        .closed())
                .isTrue();
    }
}
