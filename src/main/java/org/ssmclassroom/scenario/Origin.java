package org.ssmclassroom.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a pack item comes from: the course deck, or written by the pack's authors to fill a gap. */
public enum Origin {
    @JsonProperty("deck")
    DECK,
    @JsonProperty("authored")
    AUTHORED;

    static Origin orDeck(Origin origin) {
        return origin == null ? DECK : origin;
    }
}
