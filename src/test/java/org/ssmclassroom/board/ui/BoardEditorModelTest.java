package org.ssmclassroom.board.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ssmclassroom.base.BoardId;
import org.ssmclassroom.base.BoardItemId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.board.BoardContent;
import org.ssmclassroom.board.BoardSnapshot;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.testing.SsmMethod;
import org.ssmclassroom.workshop.ExerciseClock;

/** What the board editor draws again, and what it offers, decided without a screen. */
class BoardEditorModelTest {

    private static final Method METHOD = SsmMethod.METHOD;
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final ExerciseClock RUNNING = ExerciseClock.idle().start(Duration.ofMinutes(20), NOW);

    /** The org map (exercise 5) with people written as "item", "name", "item", "name", ... */
    private static BoardContent people(String... entries) {
        List<BoardContent.Item> items = new ArrayList<>();
        Map<BoardContent.ValueKey, BoardContent.Value> values = new HashMap<>();
        for (int i = 0; i < entries.length; i += 2) {
            items.add(new BoardContent.Item(entries[i], i));
            values.put(
                    new BoardContent.ValueKey(entries[i], "name"),
                    new BoardContent.Value(entries[i + 1], 1, "Mei", NOW));
        }
        return new BoardContent(items, values);
    }

    private static BoardSnapshot orgMap(
            BoardContent content, boolean locked, ExerciseClock clock, List<BoardSnapshot.Presence> presence) {
        Method.Exercise exercise = METHOD.exercise("ex5").orElseThrow();
        return new BoardSnapshot(
                1,
                new BoardId(1),
                new WorkshopId(1),
                new TableId(1),
                "Table 1",
                clock,
                "ex5",
                null,
                exercise,
                METHOD.template(exercise.template()).orElseThrow(),
                content,
                locked,
                false,
                List.of(),
                presence);
    }

    private static BoardItemId item(String id) {
        return BoardItemId.parse(id);
    }

    @Test
    void theFirstShowDrawsEverythingAndEveryListEntry() {
        BoardSnapshot first = orgMap(people("people/a1", "Boris", "people/b2", "Sarah"), false, RUNNING, List.of());
        BoardEditorModel model = new BoardEditorModel(first, false);

        BoardEditorModel.Changes changes = model.show(first);

        assertThat(changes.carried()).isTrue();
        assertThat(changes.content()).isTrue();
        assertThat(changes.walk()).isTrue();
        assertThat(changes.movedOn()).isTrue();
        assertThat(changes.lists())
                .singleElement()
                .isEqualTo(new BoardEditorModel.ListChange(
                        "people",
                        List.of(),
                        List.of(item("people/a1"), item("people/b2")),
                        List.of(item("people/a1"), item("people/b2"))));
    }

    @Test
    void aTeammatesPresenceRedrawsNeitherTheWalkNorTheCarriedPanelNorAnyEntry() {
        BoardContent content = people("people/a1", "Boris");
        BoardEditorModel model = new BoardEditorModel(orgMap(content, false, RUNNING, List.of()), false);
        model.show(model.board());

        BoardEditorModel.Changes changes = model.show(orgMap(
                content, false, RUNNING, List.of(new BoardSnapshot.Presence("screen-2", "Hao", item("people/a1")))));

        assertThat(changes)
                .isEqualTo(new BoardEditorModel.Changes(
                        false,
                        false,
                        false,
                        false,
                        false,
                        List.of(new BoardEditorModel.ListChange(
                                "people", List.of(), List.of(), List.of(item("people/a1"))))));
    }

    @Test
    void anEntryRemovedElsewhereGoesAndANewOneIsAddedAtTheEnd() {
        BoardEditorModel model = new BoardEditorModel(
                orgMap(people("people/a1", "Boris", "people/b2", "Sarah"), false, RUNNING, List.of()), false);
        model.show(model.board());

        BoardEditorModel.Changes changes =
                model.show(orgMap(people("people/b2", "Sarah", "people/c3", "Yoshi"), false, RUNNING, List.of()));

        assertThat(changes.content()).isTrue();
        assertThat(changes.lists())
                .singleElement()
                .isEqualTo(new BoardEditorModel.ListChange(
                        "people",
                        List.of(item("people/a1")),
                        List.of(item("people/c3")),
                        List.of(item("people/b2"), item("people/c3"))));
    }

    @Test
    void timeUpLocksTheFieldsAndTheActionsAndRedrawsTheWalkButNotTheContent() {
        BoardContent content = people("people/a1", "Boris");
        BoardEditorModel model = new BoardEditorModel(orgMap(content, false, RUNNING, List.of()), false);
        model.show(model.board());
        assertThat(model.actionsEnabled()).isTrue();

        BoardEditorModel.Changes changes =
                model.show(orgMap(content, true, RUNNING.end(NOW.plusSeconds(5)), List.of()));

        assertThat(changes.clock()).isTrue();
        assertThat(changes.walk()).isTrue();
        assertThat(changes.content()).isFalse();
        assertThat(model.fieldsLocked()).isTrue();
        assertThat(model.actionsEnabled()).isFalse();
    }

    @Test
    void theInstructorsReadOnlyBoardOffersNoActionEvenWhileOpen() {
        BoardEditorModel model =
                new BoardEditorModel(orgMap(people("people/a1", "Boris"), false, RUNNING, List.of()), true);
        model.show(model.board());
        assertThat(model.fieldsLocked()).isTrue();
        assertThat(model.actionsEnabled()).isFalse();
    }

    @Test
    void aPersonFieldOffersThePeopleOnTheMapButNotThePersonThemself() {
        BoardEditorModel model = new BoardEditorModel(
                orgMap(people("people/a1", "Boris", "people/b2", "Sarah", "people/c3", ""), false, RUNNING, List.of()),
                false);
        assertThat(model.peopleFor(item("people/a1"))).containsExactly("Sarah");
        assertThat(model.sectionOf(item("people/a1"))).map(Method.Section::id).contains("people");
    }
}
