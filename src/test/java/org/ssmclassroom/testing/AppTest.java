package org.ssmclassroom.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port with an in-memory database, only the bundled packs and a known instructor.
 * Browserless and browser tests share it, so Spring starts once per test run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Import(TestClock.Configuration.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:ssm-test;DB_CLOSE_DELAY=-1",
            "ssm.scenarios.dir=target/no-extra-scenarios",
            "vaadin.devmode.devTools.enabled=false",
            "ssm.instructor.username=" + AppTest.INSTRUCTOR,
            "ssm.instructor.password=" + AppTest.PASSWORD
        })
public @interface AppTest {
    String INSTRUCTOR = "lee";
    String PASSWORD = "classroom-test-password";
}
