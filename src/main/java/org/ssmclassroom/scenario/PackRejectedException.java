package org.ssmclassroom.scenario;

/** A pack refused before its content is read: unsafe, oversize or unreadable. */
public final class PackRejectedException extends Exception {
    private final transient PackProblem problem;

    public PackRejectedException(String displayRoot, String message) {
        super(displayRoot + ": " + message);
        this.problem = PackProblem.inFile(displayRoot, message);
    }

    public PackProblem problem() {
        return problem;
    }
}
