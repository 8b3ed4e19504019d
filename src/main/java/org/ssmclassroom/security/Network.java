package org.ssmclassroom.security;

/**
 * Where a tablet's request comes from: the address join-code guesses are counted by, and the room a class is
 * recognised by ({@link ClientAddress#room}); they differ only behind a proxy nobody declared trusted.
 */
public record Network(String address, String room) {

    /** A network whose room is its address, as on a plain classroom router. */
    public static Network of(String address) {
        return new Network(address, address);
    }
}
