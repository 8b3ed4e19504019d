package org.ssmclassroom.base;

import java.util.List;

/**
 * Whose a conversation with the computer is (a practice interview, a negotiation): a trainee's alone, or a whole
 * table's. The rows a trainee sees and who may act in one are decided here, the same way for each, over the columns
 * {@code participant_id} (who started it) and {@code table_id} (null: alone).
 */
public final class AloneOrAsATable {

    private AloneOrAsATable() {}

    /**
     * The condition for the rows a trainee took part in, their own alone or their table's, with the columns of
     * {@code alias} ("" or "s."); its parameters are {@link #tookPartParams}.
     */
    public static String tookPart(String alias) {
        return "((" + alias + "participant_id = ? AND " + alias + "table_id IS NULL) OR " + alias + "table_id = ?)";
    }

    public static List<Object> tookPartParams(ParticipantId by, TableId table) {
        return List.of(by.value(), table == null ? -1L : table.value());
    }

    /** The condition for the trainee's own rows alone ({@code table} null), or else the table's; one parameter. */
    public static String ownedBy(TableId table) {
        return table == null ? "participant_id = ? AND table_id IS NULL" : "table_id = ?";
    }

    public static Object ownedByParam(ParticipantId by, TableId table) {
        return table == null ? by.value() : table.value();
    }

    /** Whether a trainee, seated at {@code memberTable} (or nowhere), may see and act in one started so. */
    public static boolean belongsTo(ParticipantId startedBy, TableId table, ParticipantId member, TableId memberTable) {
        return table == null ? startedBy.equals(member) : table.equals(memberTable);
    }
}
