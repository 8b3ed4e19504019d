package org.ssmclassroom.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.ssmclassroom.security.ui.LoginView;

@EnableWebSecurity
@EnableMethodSecurity
@Configuration
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** A course runs two days; the instructor signs in once for it, and a server restart does not sign them out. */
    static final Duration REMEMBERED = Duration.ofDays(3);

    /**
     * What Vaadin's client needs and no more, measured in Chromium on the production bundle (ADR 020): its
     * bootstrap page has inline scripts, its components inline styles and Lumo data: fonts, the bundle calls eval
     * (without it nobody can sign in), the join QR code is a data: image; push is a WebSocket to this server.
     * Nothing may frame the app, post a form elsewhere or load a plug-in.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, DataSource dataSource, InstructorAccounts accounts, RequestUtil vaadinRequests)
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
        // Vaadin's own requests carry Vaadin's token; the sign-in form carries Spring Security's, which Vaadin
        // puts in the page (<meta name="_csrf">) and its login form posts. Vaadin's default leaves /login open.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A sign-in page left open past its session has a stale token: show a fresh form rather than a 403 page.
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + "/login"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        // HSTS on secure requests only (Spring Security's rule), and for this host only: a company serving the app
        // at its own domain must not find its other, plain-HTTP subdomains refused for a year.
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Written on commit (the default), the headers never reached Vaadin's pages, only redirects.
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /**
     * Lax, not Strict, for the session and remember-me cookies: with Strict, an instructor following a link to the
     * console from mail or chat would arrive without them, and the new session made for that page would replace the
     * one every open tab of the console is using. Every request Vaadin's client makes is same-origin anyway, and
     * {@link CrossSiteRequests} refuses the cross-site ones that Lax still lets through.
     */
    @Bean
    CookieSameSiteSupplier laxCookies() {
        return CookieSameSiteSupplier.ofLax();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
