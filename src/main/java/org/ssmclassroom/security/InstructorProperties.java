package org.ssmclassroom.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code ssm.instructor.username/password}: the first instructor account, when configured. */
@ConfigurationProperties("ssm.instructor")
public record InstructorProperties(String username, String password) {

    boolean isConfigured() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
