package org.ssmclassroom.workshop.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.Reading;
import org.ssmclassroom.workshop.ExerciseClock;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * Everything one trainee's tablet shows, taken from the workshop at one moment. The tablet redraws a part exactly
 * when that part differs from the one it shows (record equality): whatever the tablet shows must be read here, so
 * nothing it shows can go stale. A part the screen does not show is null.
 *
 * @param table the trainee's table, null when not seated, removed or the workshop is closed without one
 * @param exercise the table's exercise, null while it waits for one (the task's title and the Steps tab)
 * @param parts what the features' parts on the task are built from
 * @param choices the tables to choose from, only while choosing one
 */
record TabletModel(
        Screen screen,
        TableId table,
        Header header,
        Method.Exercise exercise,
        Clock clock,
        Signals signals,
        TaskParts parts,
        MyRoles roles,
        List<Reading> materials,
        Team team,
        List<TableChoice> choices) {

    /** Which screen the tablet shows. */
    enum Screen {
        /** The instructor removed this trainee. */
        REMOVED,
        /** The workshop has closed and this trainee had no table. */
        CLOSED,
        /** The workshop has closed: the table's results and boards stay readable. */
        ENDED,
        CHOOSING_TABLE,
        AT_TABLE
    }

    /** The workshop's name, the trainee's and their table's (empty before a table is chosen). */
    record Header(String workshop, String name, String table) {}

    /** The table's clock, shown large to whoever keeps the time. */
    record Clock(String tableName, ExerciseClock clock, boolean big) {
        boolean endedAfter(Clock before) {
            return clock.state() == ExerciseClock.State.ENDED
                    && before != null
                    && before.clock.state() == ExerciseClock.State.RUNNING;
        }
    }

    /** The team's signals: whether this trainee may mark the exercise done, what was sent, whether help comes. */
    record Signals(boolean marksDone, WorkshopTable.Status status, boolean helpComing) {}

    /** The features' parts of the task are built for an exercise and the trainee's roles and capabilities. */
    record TaskParts(String exerciseId, List<String> roles, Set<Method.Capability> capabilities) {}

    /** The roles this trainee holds in the exercise (the role cards and what each lets its holder do). */
    record MyRoles(List<String> held, Method.Exercise exercise) {}

    /** The table's members with their roles; the table's boards of earlier exercises depend on the exercise. */
    record Team(List<Member> members, String exerciseId) {}

    record Member(ParticipantId id, String name, List<String> roles) {}

    record TableChoice(TableId id, String name, int members) {}

    /** What {@code me} sees of the workshop now. */
    static TabletModel of(WorkshopSnapshot snapshot, ParticipantId me) {
        Optional<Participant> self = snapshot.participant(me);
        String workshop = snapshot.workshop().name();
        if (self.isEmpty()) {
            return only(Screen.REMOVED, null, null);
        }
        Optional<WorkshopTable> seat = Optional.ofNullable(self.get().table()).flatMap(snapshot::table);
        if (snapshot.workshop().isClosed()) {
            return seat.map(t -> only(
                            Screen.ENDED,
                            t.id(),
                            new Header(workshop, self.get().name(), t.name())))
                    .orElseGet(() -> only(
                            Screen.CLOSED, null, new Header(workshop, self.get().name(), "")));
        }
        if (seat.isEmpty()) {
            List<TableChoice> choices = snapshot.tables().stream()
                    .map(t -> new TableChoice(
                            t.id(), t.name(), snapshot.members(t.id()).size()))
                    .toList();
            return new TabletModel(
                    Screen.CHOOSING_TABLE,
                    null,
                    new Header(workshop, self.get().name(), ""),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    choices);
        }
        return atTable(snapshot, me, self.get(), seat.get());
    }

    private static TabletModel atTable(
            WorkshopSnapshot snapshot, ParticipantId me, Participant self, WorkshopTable here) {
        TableId table = here.id();
        Map<ParticipantId, List<String>> roles = snapshot.roles(table);
        List<String> mine = roles.getOrDefault(me, List.of());
        Set<Method.Capability> can = snapshot.capabilities(table, me);
        Method.Exercise exercise = snapshot.exercise(table).orElse(null);
        String exerciseId = exercise == null ? null : exercise.id();
        List<Member> members = snapshot.members(table).stream()
                .map(p -> new Member(p.id(), p.name(), roles.getOrDefault(p.id(), List.of())))
                .toList();
        return new TabletModel(
                Screen.AT_TABLE,
                table,
                new Header(snapshot.workshop().name(), self.name(), here.name()),
                exercise,
                exercise == null
                        ? null
                        : new Clock(here.name(), here.clock(), can.contains(Method.Capability.BIG_CLOCK)),
                new Signals(can.contains(Method.Capability.MARKS_DONE), here.status(), here.helpRequested()),
                new TaskParts(exerciseId, mine, can),
                new MyRoles(mine, exercise),
                snapshot.readingFor(table, me),
                new Team(members, exerciseId),
                null);
    }

    private static TabletModel only(Screen screen, TableId table, Header header) {
        return new TabletModel(screen, table, header, null, null, null, null, null, null, null, null);
    }

    /** Whether this model differs from the one shown in nothing but the clock. */
    boolean onlyClockChangedSince(TabletModel shown) {
        return shown != null && !equals(shown) && withClock(shown.clock).equals(shown);
    }

    private TabletModel withClock(Clock other) {
        return new TabletModel(screen, table, header, exercise, other, signals, parts, roles, materials, team, choices);
    }
}
