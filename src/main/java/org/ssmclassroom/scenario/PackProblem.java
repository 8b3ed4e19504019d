package org.ssmclassroom.scenario;

/** One error in a scenario pack, printed compiler-style as {@code file:line:column: message}. */
public record PackProblem(String file, int line, int column, String message) {

    static PackProblem inFile(String file, String message) {
        return new PackProblem(file, 1, 1, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
