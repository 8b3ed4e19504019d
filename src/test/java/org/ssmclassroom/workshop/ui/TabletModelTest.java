package org.ssmclassroom.workshop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.workshop.Snapshots.NOW;
import static org.ssmclassroom.workshop.Snapshots.inState;
import static org.ssmclassroom.workshop.Snapshots.joined;
import static org.ssmclassroom.workshop.Snapshots.opened;
import static org.ssmclassroom.workshop.Snapshots.running;
import static org.ssmclassroom.workshop.Snapshots.withTable;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

class TabletModelTest {

    private static final ParticipantId MEI = new ParticipantId(1);

    /** Mei and Li at table 1, Wang at table 2, everyone on the first exercise. */
    private static WorkshopSnapshot classOnEx2() {
        WorkshopSnapshot s = joined(joined(joined(running(2), 1, "Mei", 1), 2, "Li", 1), 3, "Wang", 2);
        return opened(s, "ex2", 1, 2);
    }

    @Test
    void aJoinAtAnotherTableChangesNothingOnASeatedTablet() {
        WorkshopSnapshot before = classOnEx2();

        WorkshopSnapshot after = joined(before, 4, "Zhao", 2);

        assertThat(TabletModel.of(after, MEI)).isEqualTo(TabletModel.of(before, MEI));
    }

    @Test
    void aNewExerciseChangesTheTaskAndNotWhatTheTeamSent() {
        TabletModel before = TabletModel.of(classOnEx2(), MEI);

        TabletModel after = TabletModel.of(opened(classOnEx2(), "ex3", 1), MEI);

        assertThat(after.exercise()).isNotEqualTo(before.exercise());
        assertThat(after.exercise().id()).isEqualTo("ex3");
        assertThat(after.parts()).isNotEqualTo(before.parts());
        // Who may mark it done follows the role rotation; what the team sent and the help coming stay.
        assertThat(after.signals().status()).isEqualTo(before.signals().status());
        assertThat(after.signals().helpComing()).isEqualTo(before.signals().helpComing());
        assertThat(after.header()).isEqualTo(before.header());
    }

    @Test
    void aClockStartChangesOnlyTheClock() {
        WorkshopSnapshot before = classOnEx2();
        WorkshopSnapshot after =
                withTable(before, 1, t -> t.withClock(ExerciseClock.idle().start(Duration.ofMinutes(20), NOW)));

        TabletModel shown = TabletModel.of(before, MEI);
        TabletModel now = TabletModel.of(after, MEI);

        assertThat(now.clock()).isNotEqualTo(shown.clock());
        assertThat(now.onlyClockChangedSince(shown)).isTrue();
    }

    @Test
    void aTeammatesHelpRequestChangesTheSignalsAndNothingElse() {
        WorkshopSnapshot before = classOnEx2();
        WorkshopSnapshot after = withTable(
                before,
                1,
                t -> new WorkshopTable(
                        t.id(),
                        t.position(),
                        t.name(),
                        t.exerciseId(),
                        WorkshopTable.Status.NEED_HELP,
                        t.spokesperson(),
                        t.clock(),
                        true));

        TabletModel shown = TabletModel.of(before, MEI);
        TabletModel now = TabletModel.of(after, MEI);

        assertThat(now.signals())
                .isEqualTo(new TabletModel.Signals(now.signals().marksDone(), WorkshopTable.Status.NEED_HELP, true));
        assertThat(now.exercise()).isEqualTo(shown.exercise());
        assertThat(now.team()).isEqualTo(shown.team());
        assertThat(now.onlyClockChangedSince(shown)).isFalse();
    }

    @Test
    void aTeammateJoiningChangesTheTeamAndTheRoles() {
        WorkshopSnapshot before = classOnEx2();

        TabletModel now = TabletModel.of(joined(before, 4, "Zhao", 1), MEI);

        assertThat(now.team().members()).extracting(TabletModel.Member::name).containsExactly("Mei", "Li", "Zhao");
        assertThat(now.team()).isNotEqualTo(TabletModel.of(before, MEI).team());
    }

    @Test
    void aTabletWaitsWithNoClockUntilItsTableHasAnExercise() {
        WorkshopSnapshot waiting = joined(running(2), 1, "Mei", 1);

        TabletModel model = TabletModel.of(waiting, MEI);

        assertThat(model.screen()).isEqualTo(TabletModel.Screen.AT_TABLE);
        assertThat(model.exercise()).isNull();
        assertThat(model.clock()).isNull();
    }

    @Test
    void anUnseatedTraineeChoosesAmongTheTablesWithTheirCounts() {
        WorkshopSnapshot s = joined(joined(running(2), 1, "Mei", null), 2, "Li", 2);

        TabletModel model = TabletModel.of(s, MEI);

        assertThat(model.screen()).isEqualTo(TabletModel.Screen.CHOOSING_TABLE);
        assertThat(model.choices())
                .extracting(TabletModel.TableChoice::name, TabletModel.TableChoice::members)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Table 1", 0),
                        org.assertj.core.groups.Tuple.tuple("Table 2", 1));
        assertThat(TabletModel.of(joined(s, 3, "Wang", 1), MEI)).isNotEqualTo(model);
    }

    @Test
    void afterTheCloseTheTabletShowsTheEndAtItsTableAndARemovedTraineeIsToldSo() {
        WorkshopSnapshot closed = inState(classOnEx2(), Workshop.State.CLOSED);

        assertThat(TabletModel.of(closed, MEI).screen()).isEqualTo(TabletModel.Screen.ENDED);
        assertThat(TabletModel.of(closed, MEI).header().table()).isEqualTo("Table 1");
        assertThat(TabletModel.of(classOnEx2(), new ParticipantId(99)).screen()).isEqualTo(TabletModel.Screen.REMOVED);
    }

    @Test
    void aClockThatRanAndNowEndedBeepsOnceAndAnEndedClockShownAgainDoesNot() {
        WorkshopSnapshot running =
                withTable(classOnEx2(), 1, t -> t.withClock(ExerciseClock.idle().start(Duration.ofMinutes(20), NOW)));
        WorkshopSnapshot ended =
                withTable(running, 1, t -> t.withClock(t.clock().end(NOW.plusSeconds(1200))));

        TabletModel.Clock ran = TabletModel.of(running, MEI).clock();
        TabletModel.Clock over = TabletModel.of(ended, MEI).clock();

        assertThat(over.endedAfter(ran)).isTrue();
        assertThat(over.endedAfter(over)).isFalse();
    }
}
