package org.ssmclassroom.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.ssmclassroom.security.ui.LoginView;

@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** A course runs two days; the instructor signs in once for it, and a server restart does not sign them out. */
    static final Duration REMEMBERED = Duration.ofDays(3);

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, DataSource dataSource, InstructorAccounts accounts)
            throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/styles/**", "/icons/**").permitAll());
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        http.rememberMe(remember -> remember.tokenRepository(tokens)
                .userDetailsService(accounts)
                .alwaysRemember(true)
                .tokenValiditySeconds((int) REMEMBERED.toSeconds())
                .key(UUID.randomUUID().toString()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
