package org.ssmclassroom.negotiation;

import java.time.Instant;

/** One proposal of the table or trainee, the computer customer's reply, and what it said, in order. */
public record Round(int position, String proposedBy, Proposal proposal, Reply reply, String line, Instant at) {}
