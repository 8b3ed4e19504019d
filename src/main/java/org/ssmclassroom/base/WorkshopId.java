package org.ssmclassroom.base;

/** A workshop, by its database id. */
public record WorkshopId(long value) {}
