package org.ssmclassroom.scenario;

import java.util.List;

/** What reading a pack gave: a valid pack, or every problem found in it. */
public sealed interface PackResult {

    record Valid(ScenarioPack pack) implements PackResult {}

    record Invalid(String id, List<PackProblem> problems) implements PackResult {}

    default boolean isValid() {
        return this instanceof Valid;
    }
}
