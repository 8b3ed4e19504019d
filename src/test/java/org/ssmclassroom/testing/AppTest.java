package org.ssmclassroom.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port with an in-memory database (or the PostgreSQL database that
 * {@code SSM_TEST_DB_URL}, {@code SSM_TEST_DB_USER} and {@code SSM_TEST_DB_PASSWORD} name), only the bundled packs
 * and a known instructor.
 * Browserless and browser tests share it, so Spring starts once per test run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(TestClock.Configuration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=${SSM_TEST_DB_URL:jdbc:h2:mem:ssm-test;DB_CLOSE_DELAY=-1}",
            "spring.datasource.username=${SSM_TEST_DB_USER:sa}",
            "spring.datasource.password=${SSM_TEST_DB_PASSWORD:}",
            "ssm.scenarios.dir=target/no-extra-scenarios",
            "vaadin.devmode.devTools.enabled=false",
            "ssm.instructor.username=" + AppTest.INSTRUCTOR,
            "ssm.instructor.password=" + AppTest.PASSWORD,
            // The whole suite's classes join from one test network within minutes; JoinFloodTest tests the limit.
            "ssm.class.joins-per-address=100000"
        })
public @interface AppTest {
    String INSTRUCTOR = "lee";
    String PASSWORD = "classroom-test-password";
}
