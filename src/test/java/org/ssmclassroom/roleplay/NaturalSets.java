package org.ssmclassroom.roleplay;

import java.util.List;

/**
 * The natural-wording batches written as both single questions ({@code practice/<name>.yaml}) and whole interviews
 * ({@code practice/conversations/<name>.yaml}), by sessions that saw neither the rules nor earlier questions.
 */
final class NaturalSets {

    static final List<String> BOTH = List.of(
            "natural-15-homebody",
            "natural-15-freshway",
            "natural-15-navdisha",
            "natural-15-serradourada",
            "natural-16-homebody",
            "natural-16-freshway",
            "natural-16-jinhe",
            "natural-16-tumaini");

    private NaturalSets() {}

    /** The sets written both ways, then these. */
    static List<String> and(String... more) {
        return java.util.stream.Stream.concat(BOTH.stream(), java.util.Arrays.stream(more))
                .toList();
    }
}
