package org.ssmclassroom.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssmclassroom.scenario.Method;

/**
 * Who plays which team role in an exercise. The pack's seating for the table size says which roles sit
 * together on one seat; members move one seat on with every exercise, so over the course each takes the seats
 * in turn, as evenly as the table size allows. Pure: the same members and exercise always give the same roles.
 */
public final class RoleRotation {

    private RoleRotation() {}

    /**
     * @param members the table's members in join order
     * @param exerciseIndex the exercise's place in the agenda, from 0
     */
    public static <M> Map<M, List<String>> assign(List<M> members, Method.Seating seating, int exerciseIndex) {
        Map<M, List<String>> roles = new LinkedHashMap<>();
        if (members.isEmpty()) {
            return roles;
        }
        List<List<String>> seats = seatsFor(members.size(), seating);
        for (int i = 0; i < members.size(); i++) {
            roles.put(members.get(i), seats.get(Math.floorMod(i + exerciseIndex, seats.size())));
        }
        return roles;
    }

    /**
     * Seats for any table size: the pack's layout where it has one; a smaller table deals the smallest layout's
     * roles out evenly, a larger one repeats the largest layout's seats (doubling those roles).
     */
    static List<List<String>> seatsFor(int size, Method.Seating seating) {
        var tables = seating.tables();
        var exact = tables.stream().filter(t -> t.size() == size).findFirst();
        if (exact.isPresent()) {
            return exact.get().seats();
        }
        var smallest = tables.stream()
                .min(Comparator.comparingInt(Method.TableSeating::size))
                .orElseThrow();
        var largest = tables.stream()
                .max(Comparator.comparingInt(Method.TableSeating::size))
                .orElseThrow();
        List<List<String>> seats = new ArrayList<>();
        if (size < smallest.size()) {
            for (int s = 0; s < size; s++) {
                seats.add(new ArrayList<>());
            }
            List<String> roles = smallest.seats().stream().flatMap(List::stream).toList();
            for (int r = 0; r < roles.size(); r++) {
                seats.get(r % size).add(roles.get(r));
            }
        } else {
            for (int s = 0; s < size; s++) {
                seats.add(largest.seats().get(s % largest.seats().size()));
            }
        }
        return seats;
    }
}
