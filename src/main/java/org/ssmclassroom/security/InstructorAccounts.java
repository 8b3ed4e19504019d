package org.ssmclassroom.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Instructor accounts, stored with hashed passwords. */
@Service
public class InstructorAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(InstructorAccounts.class);
    static final String DEFAULT_USERNAME = "instructor";
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final InstructorProperties properties;
    private final Clock clock;

    InstructorAccounts(JdbcClient jdbc, PasswordEncoder encoder, InstructorProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The configured instructor is created, or has its password reset to the configured one. With nothing
     * configured and no instructor yet, one is created with a random password printed once.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void ensureFirstInstructor() {
        if (properties.isConfigured()) {
            save(properties.username().trim(), properties.password());
        } else if (count() == 0) {
            String password = randomPassword();
            save(DEFAULT_USERNAME, password);
            log.warn("""

                    ================================================================
                     First start: instructor account created
                       username: {}
                       password: {}
                     Shown once. Set ssm.instructor.username/password to choose your own.
                    ================================================================""", DEFAULT_USERNAME, password);
        }
    }

    public void save(String username, String rawPassword) {
        String hash = encoder.encode(rawPassword);
        int updated = jdbc.sql("UPDATE instructor SET password_hash = ? WHERE username = ?")
                .params(hash, username)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO instructor (username, password_hash, created_at) VALUES (?, ?, ?)")
                    .params(username, hash, OffsetDateTime.now(clock))
                    .update();
        }
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM instructor").query(Long.class).single();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<String> hash = jdbc.sql("SELECT password_hash FROM instructor WHERE username = ?")
                .param(username)
                .query(String.class)
                .optional();
        return hash.map(h -> User.withUsername(username)
                        .password(h)
                        .roles(Roles.INSTRUCTOR)
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
