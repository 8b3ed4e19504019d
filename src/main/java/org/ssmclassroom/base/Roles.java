package org.ssmclassroom.base;

/** Who may do what. Trainees join without an account; instructors sign in. */
public final class Roles {
    public static final String INSTRUCTOR = "INSTRUCTOR";

    /** The first instructor: moderates where instructors' scores differ and manages the other accounts. */
    public static final String LEAD = "LEAD";

    private Roles() {}
}
