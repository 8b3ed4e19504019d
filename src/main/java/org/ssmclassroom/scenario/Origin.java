package org.ssmclassroom.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a pack item comes from: the course deck, written by the pack's authors to fill a gap, or the deck's text
 * corrected (a typo, a lost blank) with a note saying what the deck has.
 */
public enum Origin {
    @JsonProperty("deck")
    DECK,
    @JsonProperty("authored")
    AUTHORED,
    @JsonProperty("corrected")
    CORRECTED;

    /** Whether a trainee sees a mark beside it: anything not as the deck has it. */
    public static boolean marked(Origin origin) {
        return origin == AUTHORED || origin == CORRECTED;
    }

    /** The first of these that is marked, for a thing made of parts (an exercise and its board): else null. */
    public static Origin firstMarked(Origin... origins) {
        return java.util.Arrays.stream(origins)
                .filter(Origin::marked)
                .findFirst()
                .orElse(null);
    }

    static Origin orDeck(Origin origin) {
        return origin == null ? DECK : origin;
    }
}
