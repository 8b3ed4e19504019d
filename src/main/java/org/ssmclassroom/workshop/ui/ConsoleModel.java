package org.ssmclassroom.workshop.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssmclassroom.base.ParticipantId;
import org.ssmclassroom.base.TableId;
import org.ssmclassroom.base.WorkshopId;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.workshop.JoinCode;
import org.ssmclassroom.workshop.Participant;
import org.ssmclassroom.workshop.Workshop;
import org.ssmclassroom.workshop.WorkshopSnapshot;
import org.ssmclassroom.workshop.WorkshopTable;

/**
 * What the instructor console shows of the workshop at one moment: its header, one card per table and the trainees
 * not seated yet. The console redraws a card exactly when its card here changed (record equality): a tablet joining
 * or signalling at one table does not replace the buttons the instructor is tapping on another.
 *
 * @param joined how many have joined, which the header counts without being rebuilt
 * @param undoable whether the instructor's last agenda or clock action can be undone now
 * @param tables the tables to choose for an agenda or clock action
 */
record ConsoleModel(
        String name,
        Header header,
        int joined,
        boolean undoable,
        List<TableName> tables,
        List<Card> cards,
        Unseated unseated) {

    /** Start and Close sit in the header: it is rebuilt only when the workshop's state changes. */
    record Header(WorkshopId workshop, Workshop.State state, boolean archived, boolean closed, JoinCode joinCode) {}

    /**
     * One table's card: its clock, status and signals, its exercise, its members with their roles, and the tables
     * a member can be moved to.
     */
    record Card(
            WorkshopTable table,
            Method.Exercise exercise,
            List<Member> members,
            List<TableName> tables,
            Workshop.State state) {

        TableId id() {
            return table.id();
        }
    }

    record Member(ParticipantId id, String name, TableId table, List<String> roles) {}

    record TableName(TableId id, String name) {}

    /** The table's name as the console shows it in a choice. */
    static String nameOf(List<TableName> tables, TableId id) {
        return tables.stream()
                .filter(t -> t.id().equals(id))
                .map(TableName::name)
                .findFirst()
                .orElse("?");
    }

    /** Trainees who joined without a table, and the tables they can be moved to. */
    record Unseated(List<Member> members, List<TableName> tables, boolean closed) {}

    static ConsoleModel of(WorkshopSnapshot snapshot) {
        Workshop workshop = snapshot.workshop();
        List<TableName> tables = snapshot.tables().stream()
                .map(t -> new TableName(t.id(), t.name()))
                .toList();
        List<Card> cards =
                snapshot.tables().stream().map(t -> card(snapshot, t, tables)).toList();
        List<Member> unseated =
                snapshot.unseated().stream().map(p -> member(p, List.of())).toList();
        return new ConsoleModel(
                workshop.name(),
                new Header(
                        workshop.id(),
                        workshop.state(),
                        workshop.isArchived(),
                        workshop.isClosed(),
                        workshop.joinCode()),
                snapshot.participants().size(),
                snapshot.canUndo() && !workshop.isClosed(),
                tables,
                cards,
                new Unseated(unseated, tables, workshop.isClosed()));
    }

    private static Card card(WorkshopSnapshot snapshot, WorkshopTable table, List<TableName> tables) {
        Map<ParticipantId, List<String>> roles = snapshot.roles(table.id());
        List<Member> members = snapshot.members(table.id()).stream()
                .map(p -> member(p, roles.getOrDefault(p.id(), List.of())))
                .toList();
        return new Card(
                table,
                snapshot.exercise(table.id()).orElse(null),
                members,
                tables,
                snapshot.workshop().state());
    }

    private static Member member(Participant participant, List<String> roles) {
        return new Member(participant.id(), participant.name(), participant.table(), roles);
    }

    /** The tables whose card differs from the one shown (every table when nothing was shown yet). */
    Set<TableId> cardsChangedSince(ConsoleModel shown) {
        Set<TableId> changed = new LinkedHashSet<>();
        for (Card card : cards) {
            if (shown == null || !shown.cards.contains(card)) {
                changed.add(card.id());
            }
        }
        return changed;
    }

    /** Whether the tables, in their order, are the ones shown: else the cards are laid out again. */
    boolean sameTablesAs(ConsoleModel shown) {
        return shown != null
                && shown.cards.stream()
                        .map(Card::id)
                        .toList()
                        .equals(cards.stream().map(Card::id).toList());
    }
}
