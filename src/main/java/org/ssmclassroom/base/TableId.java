package org.ssmclassroom.base;

/** A table of a workshop, by its database id. */
public record TableId(long value) {}
