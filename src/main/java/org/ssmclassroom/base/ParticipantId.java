package org.ssmclassroom.base;

/** A trainee of a workshop, by its database id. */
public record ParticipantId(long value) {}
