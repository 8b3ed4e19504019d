package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssmclassroom.workshop.Snapshots.NOW;
import static org.ssmclassroom.workshop.Snapshots.opened;
import static org.ssmclassroom.workshop.Snapshots.running;
import static org.ssmclassroom.workshop.Snapshots.table;
import static org.ssmclassroom.workshop.Snapshots.withTable;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.scenario.Method;

class WorkshopSnapshotTest {

    @Test
    void aClassWithNoExerciseOpenHasNoExerciseAndNoClock() {
        WorkshopSnapshot snapshot = running(3);

        assertThat(snapshot.classExercise()).isEmpty();
        assertThat(snapshot.classClock()).isEmpty();
    }

    @Test
    void theClassIsOnTheExerciseMostTablesAreOnEvenWhenTheFirstTableWasSentAhead() {
        WorkshopSnapshot snapshot = opened(opened(running(4), "ex2", 2, 3, 4), "ex3", 1);

        assertThat(snapshot.classExercise().map(Method.Exercise::id)).contains("ex2");
        assertThat(snapshot.classTable().map(WorkshopTable::id)).contains(table(2));
    }

    @Test
    void onATieTheClassIsOnTheFirstTablesExercise() {
        WorkshopSnapshot snapshot = opened(opened(running(4), "ex3", 3, 4), "ex2", 1, 2);

        assertThat(snapshot.classExercise().map(Method.Exercise::id)).contains("ex2");
    }

    @Test
    void anExerciseThePackDoesNotKnowIsNotTheClasses() {
        WorkshopSnapshot snapshot = opened(opened(running(3), "gone", 1, 2), "ex2", 3);

        assertThat(snapshot.classExercise().map(Method.Exercise::id)).contains("ex2");
    }

    @Test
    void theClassClockIsTheClockOfTheFirstTableOnTheClassesExercise() {
        ExerciseClock started = ExerciseClock.idle().start(Duration.ofMinutes(20), NOW);
        WorkshopSnapshot snapshot = withTable(opened(running(3), "ex2", 1, 2, 3), 2, t -> t.withClock(started));
        snapshot = withTable(snapshot, 1, t -> t.onExercise("ex4", t.status(), t.clock()));

        assertThat(snapshot.classClock()).contains(started);
    }
}
