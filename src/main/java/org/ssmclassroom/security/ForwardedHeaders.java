package org.ssmclassroom.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Behind a TLS-terminating proxy listed in {@code ssm.trusted-proxies}, the request is what the browser sent: the
 * scheme, host and port the proxy forwards, so cookies are {@code Secure}, HSTS is sent and origins are compared
 * with the address the browser used. Anyone else's {@code X-Forwarded-*} headers are ignored. One setting: the
 * same list decides whose {@code X-Forwarded-For} counts for {@link ClientAddress}.
 */
@Configuration
class ForwardedHeaders {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> trustedProxyHeaders(
            @Value("${ssm.trusted-proxies:}") String trustedProxies) {
        return factory -> valve(trustedProxies).ifPresent(factory::addEngineValves);
    }

    /** Tomcat's own valve; none when no proxy is trusted (Spring Boot's default would trust every private address). */
    static Optional<RemoteIpValve> valve(String trustedProxies) {
        String proxies = Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty())
                .map(ForwardedHeaders::asBlock)
                .collect(Collectors.joining(","));
        if (proxies.isEmpty()) {
            return Optional.empty();
        }
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(proxies);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return Optional.of(valve);
    }

    // Tomcat reads the list as address blocks only if every entry is one; a bare address would be taken as a regex.
    private static String asBlock(String proxy) {
        if (proxy.contains("/")) {
            return proxy;
        }
        return proxy + (proxy.contains(":") ? "/128" : "/32");
    }
}
