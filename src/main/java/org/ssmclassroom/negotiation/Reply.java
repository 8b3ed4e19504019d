package org.ssmclassroom.negotiation;

import java.util.Map;

/**
 * What the computer customer answers a proposal: its move, the issue it names ({@code issue}: where it rejects or
 * counters, or what it takes in a trade; {@code given}: what it gives in return), and for a counter or a trade the
 * package it would accept.
 */
public record Reply(
        Move move, String issue, String option, String given, String givenOption, Map<String, String> offered) {

    public enum Move {
        ACCEPT,
        REJECT,
        COUNTER,
        TRADE,
        WALK_AWAY;

        /** Whether the negotiation ends with this move. */
        public boolean ends() {
            return this == ACCEPT || this == WALK_AWAY;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    static Reply of(Move move) {
        return new Reply(move, null, null, null, null, Map.of());
    }
}
