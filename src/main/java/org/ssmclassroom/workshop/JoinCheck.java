package org.ssmclassroom.workshop;

import java.time.Duration;

/** The answer to a typed join code, each case with its own plain message in the UI. */
public sealed interface JoinCheck {

    record Open(WorkshopSnapshot workshop) implements JoinCheck {}

    record Malformed() implements JoinCheck {}

    record Unknown() implements JoinCheck {}

    record Closed() implements JoinCheck {}

    /** Wrong codes from this tablet, or from its whole network ({@code network}), must wait. */
    record TooManyAttempts(Duration retryAfter, boolean network) implements JoinCheck {}
}
