package org.ssmclassroom.workshop;

/** Typed ids, so a table id can never be passed where a participant id is meant. */
public final class Ids {
    private Ids() {}

    public record WorkshopId(long value) {}

    public record TableId(long value) {}

    public record ParticipantId(long value) {}
}
