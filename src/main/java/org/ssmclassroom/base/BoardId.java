package org.ssmclassroom.base;

/** A table's board for one exercise, by its database id. */
public record BoardId(long value) {}
