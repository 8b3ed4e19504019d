package org.ssmclassroom.workshop;

/** Typed ids, so a table id can never be passed where a participant id is meant. */
public final class Ids {
    private Ids() {}

    public record WorkshopId(long value) {

        /** As it travels between nodes: its number. */
        public static WorkshopId parse(String text) {
            return new WorkshopId(Long.parseLong(text));
        }

        public String text() {
            return String.valueOf(value);
        }
    }

    public record TableId(long value) {}

    public record ParticipantId(long value) {}
}
