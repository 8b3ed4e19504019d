package org.ssmclassroom.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssmclassroom.base.ActionRefused;
import org.ssmclassroom.base.Roles;

/** Instructor accounts, stored with hashed passwords. */
@Service
public class InstructorAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(InstructorAccounts.class);
    static final String DEFAULT_USERNAME = "instructor";
    private static final String PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final InstructorRepository repository;
    private final PasswordEncoder encoder;
    private final InstructorProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private static final String USERNAME = "[A-Za-z0-9._@-]{2,64}";
    static final int MIN_PASSWORD = 12;

    InstructorAccounts(
            InstructorRepository repository,
            PasswordEncoder encoder,
            InstructorProperties properties,
            Clock clock,
            TransactionTemplate transactions) {
        this.transactions = transactions;
        this.repository = repository;
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

    /** The configured instructor's account, created or given the configured password: at start only. */
    private void save(String username, String rawPassword) {
        String hash = encoder.encode(rawPassword);
        if (!repository.setPassword(username, hash)) {
            repository.insert(username, hash, clock.instant());
        }
    }

    /** An instructor's account; the lead is the first one made. */
    public record Account(String username, boolean lead, Instant createdAt) {}

    @PreAuthorize("hasRole('LEAD')")
    public List<Account> accounts() {
        String lead = repository.lead().orElse("");
        return repository.all().stream()
                .map(row -> new Account(row.username(), row.username().equals(lead), row.createdAt()))
                .toList();
    }

    /** A co-instructor's account, made by the lead. */
    @PreAuthorize("hasRole('LEAD')")
    public void add(String username, String password) {
        String name = username == null ? "" : username.strip();
        if (!name.matches(USERNAME)) {
            throw new ActionRefused("username");
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ActionRefused("passwordShort", MIN_PASSWORD);
        }
        // One insert, never an update: two leads adding the same name at once cannot reset each other's password.
        try {
            repository.insert(name, encoder.encode(password), clock.instant());
        } catch (DuplicateKeyException taken) {
            throw new ActionRefused("accountExists", name);
        }
    }

    /** Ends a co-instructor's account and their remembered sign-ins; the lead's own stays. */
    @PreAuthorize("hasRole('LEAD')")
    public void remove(String username) {
        if (repository.lead().filter(username::equals).isPresent()) {
            throw new ActionRefused("leadStays");
        }
        transactions.executeWithoutResult(status -> repository.delete(username));
    }

    long count() {
        return repository.count();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Optional<String> hash = repository.passwordHash(username);
        boolean lead = repository.lead().filter(username::equals).isPresent();
        return hash.map(h -> User.withUsername(username)
                        .password(h)
                        .roles(lead ? new String[] {Roles.INSTRUCTOR, Roles.LEAD} : new String[] {Roles.INSTRUCTOR})
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
