package org.ssmclassroom.workshop;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A workshop's join code: 8 characters from a 31-letter alphabet without look-alikes (no 0/O, 1/I/L),
 * about 39.6 bits, shown as {@code ABCD-EFGH}. Typed input is forgiving about case, spaces and dashes.
 */
public record JoinCode(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    public JoinCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a join code: " + value);
        }
    }

    public static JoinCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new JoinCode(code.toString());
    }

    /** The code a person typed, if it can be one. */
    public static Optional<JoinCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalized = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return isWellFormed(normalized) ? Optional.of(new JoinCode(normalized)) : Optional.empty();
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.length() == LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    @Override
    public String toString() {
        return display();
    }
}
