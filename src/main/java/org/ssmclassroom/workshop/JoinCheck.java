package org.ssmclassroom.workshop;

import java.time.Duration;

/** The answer to a typed join code, each case with its own plain message in the UI. */
public sealed interface JoinCheck {

    record Open(WorkshopSnapshot workshop) implements JoinCheck {}

    record Malformed() implements JoinCheck {}

    record Unknown() implements JoinCheck {}

    record Closed() implements JoinCheck {}

    record TooManyAttempts(Duration retryAfter) implements JoinCheck {}
}
