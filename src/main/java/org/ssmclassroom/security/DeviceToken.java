package org.ssmclassroom.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A random 128-bit token in a tablet's cookie: it brings a trainee back to where they were after a reload, a
 * sleeping tablet or a Wi-Fi drop. Only its hash is stored.
 */
public record DeviceToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public DeviceToken {
        if (value == null || !value.matches("[A-Za-z0-9_-]{22,64}")) {
            throw new IllegalArgumentException("not a device token");
        }
    }

    public static DeviceToken random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new DeviceToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "DeviceToken[…]";
    }
}
