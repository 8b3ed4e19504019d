package org.ssmclassroom.security;

/** Who may do what. Trainees join without an account; instructors sign in. */
public final class Roles {
    public static final String INSTRUCTOR = "INSTRUCTOR";

    private Roles() {}
}
