package org.ssmclassroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class InstructorAccountsTest {

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T08:00:00Z"), ZoneOffset.UTC);
    private JdbcClient jdbc;
    private DriverManagerDataSource dataSource;

    @BeforeEach
    void database() throws Exception {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:accounts-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/h2/V001__instructor.sql")))
                .update();
        jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/common/V005__remember_me.sql")))
                .update();
    }

    private InstructorAccounts accounts(String username, String password) {
        return new InstructorAccounts(
                new InstructorRepository(jdbc),
                encoder,
                new InstructorProperties(username, password),
                clock,
                new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)));
    }

    @Test
    void firstStartWithoutConfigurationCreatesOneInstructorWithARandomPassword() {
        accounts("", "").ensureFirstInstructor();
        accounts("", "").ensureFirstInstructor();
        assertThat(accounts("", "").count()).isEqualTo(1);
        assertThat(accounts("", "").loadUserByUsername("instructor").getPassword())
                .startsWith("{bcrypt}");
    }

    @Test
    void configuredPasswordIsSetAndResetAtStart() {
        accounts("teacher", "first-secret").ensureFirstInstructor();
        accounts("teacher", "second-secret").ensureFirstInstructor();
        String hash = accounts("", "").loadUserByUsername("teacher").getPassword();
        assertThat(encoder.matches("second-secret", hash)).isTrue();
        assertThat(encoder.matches("first-secret", hash)).isFalse();
    }

    @Test
    void generatedPasswordsAreLongAndUnambiguous() {
        String password = InstructorAccounts.randomPassword();
        assertThat(password).hasSize(16).doesNotContainPattern("[0O1lI]");
        assertThat(InstructorAccounts.randomPassword()).isNotEqualTo(password);
    }

    @Test
    void theFirstInstructorLeadsAndAddsAndRemovesCoInstructors() {
        InstructorAccounts accounts = accounts("lee", "lead-secret-1234");
        accounts.ensureFirstInstructor();
        accounts.add("kim", "co-instructor-pass");

        assertThat(accounts.loadUserByUsername("lee").getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_INSTRUCTOR", "ROLE_LEAD");
        assertThat(accounts.loadUserByUsername("kim").getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_INSTRUCTOR");
        assertThat(accounts.accounts())
                .extracting(InstructorAccounts.Account::username, InstructorAccounts.Account::lead)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("lee", true),
                        org.assertj.core.api.Assertions.tuple("kim", false));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.add("kim", "another-password"))
                .hasMessageContaining("accountExists");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.add("sam", "short"))
                .hasMessageContaining("passwordShort");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.add("<b>", "long-enough-password"))
                .hasMessageContaining("username");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.remove("lee"))
                .hasMessageContaining("leadStays");

        accounts.remove("kim");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.loadUserByUsername("kim"))
                .isInstanceOf(org.springframework.security.core.userdetails.UsernameNotFoundException.class);
    }

    @Test
    void twoLeadsAddingTheSameNameAtOnceMakeOneAccountAndResetNoPassword() throws Exception {
        InstructorAccounts accounts = accounts("lee", "lead-secret-1234");
        accounts.ensureFirstInstructor();
        ExecutorService leads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String name = "kim" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<String>> adds = new ArrayList<>();
                for (String password : List.of("first-password-1", "second-password-2")) {
                    adds.add(leads.submit(() -> {
                        together.await();
                        try {
                            accounts.add(name, password);
                            return password;
                        } catch (org.ssmclassroom.base.ActionRefused exists) {
                            assertThat(exists).hasMessageContaining("accountExists");
                            return null;
                        }
                    }));
                }
                List<String> added = new ArrayList<>();
                for (Future<String> add : adds) {
                    added.add(add.get());
                }
                added.removeIf(java.util.Objects::isNull);
                assertThat(added).as("accounts made for one name").hasSize(1);
                assertThat(encoder.matches(
                                added.getFirst(),
                                accounts.loadUserByUsername(name).getPassword()))
                        .as("the password of the one who made it")
                        .isTrue();
            }
        } finally {
            leads.shutdownNow();
        }
    }
}
