package org.ssmclassroom.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ssmclassroom.scenario.Method;
import org.ssmclassroom.scenario.PackFiles;
import org.ssmclassroom.scenario.PackReader;
import org.ssmclassroom.scenario.PackRejectedException;
import org.ssmclassroom.scenario.PackResult;

class RoleRotationTest {

    private static final Method METHOD = method();
    private static final List<String> ROLES =
            List.of("captain", "timekeeper", "opportunity-owner", "recorder", "customer-executive", "devils-advocate");

    private static Method method() {
        try {
            PackResult result = new PackReader()
                    .read(
                            PackFiles.fromFolder(java.nio.file.Path.of("scenarios/ssm-method"), "ssm-method"),
                            id -> Optional.empty());
            return ((PackResult.Valid) result).pack().method();
        } catch (PackRejectedException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7, 8})
    void everyRoleIsTakenInEveryExerciseAndEachMemberTakesTheSeatsInTurn(int size) {
        List<String> members = IntStream.range(0, size).mapToObj(i -> "p" + i).toList();
        Map<String, Map<String, Integer>> timesInRole = new HashMap<>();
        int exercises = size * 2;
        for (int exercise = 0; exercise < exercises; exercise++) {
            Map<String, List<String>> roles =
                    RoleRotation.assign(members, METHOD.course().seating(), exercise);
            assertThat(roles.values().stream().flatMap(List::stream)).containsAll(ROLES);
            roles.forEach((member, held) -> held.forEach(role ->
                    timesInRole.computeIfAbsent(member, m -> new HashMap<>()).merge(role, 1, Integer::sum)));
        }
        for (String member : members) {
            Map<String, Integer> held = timesInRole.get(member);
            assertThat(held.keySet())
                    .as(member + " over " + exercises + " exercises")
                    .containsAll(ROLES);
            int min = held.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
            int max = held.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(max - min)
                    .as("spread of " + member + "'s roles at a table of " + size)
                    .isLessThanOrEqualTo(2);
        }
    }

    @Test
    void rolesChangeFromOneExerciseToTheNextButRepeatWhenGoingBack() {
        List<String> members = List.of("a", "b", "c", "d", "e", "f");
        var first = RoleRotation.assign(members, METHOD.course().seating(), 3);
        var next = RoleRotation.assign(members, METHOD.course().seating(), 4);
        assertThat(next.get("a")).isNotEqualTo(first.get("a"));
        assertThat(RoleRotation.assign(members, METHOD.course().seating(), 3)).isEqualTo(first);
    }

    @Test
    void tablesSmallerOrLargerThanThePackCoversStillHaveEveryRole() {
        for (int size : new int[] {1, 2, 9, 12}) {
            List<String> members =
                    IntStream.range(0, size).mapToObj(i -> "p" + i).toList();
            assertThat(RoleRotation.assign(members, METHOD.course().seating(), 0).values().stream()
                            .flatMap(List::stream))
                    .as("table of " + size)
                    .containsAll(ROLES);
        }
    }
}
