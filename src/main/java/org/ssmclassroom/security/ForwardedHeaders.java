package org.ssmclassroom.security;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
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

    private static final String HOST = "X-Forwarded-Host";
    private static final String PORT = "X-Forwarded-Port";

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
        RemoteIpValve valve = new PortKeepingValve();
        valve.setInternalProxies(proxies);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader(HOST);
        valve.setPortHeader(PORT);
        return Optional.of(valve);
    }

    // Tomcat reads the list as address blocks only if every entry is one; a bare address would be taken as a regex.
    private static String asBlock(String proxy) {
        if (proxy.contains("/")) {
            return proxy;
        }
        return proxy + (proxy.contains(":") ? "/128" : "/32");
    }

    /**
     * Without {@code X-Forwarded-Port} Tomcat takes 80 or 443 for the port the browser used; but nginx's
     * {@code Host $http_host} (or a forwarded host) keeps the browser's own port, e.g. behind a proxy on 8443, or a
     * container's port mapped to another. Only the proxy's word counts: the valve reads it from trusted proxies only.
     */
    static final class PortKeepingValve extends RemoteIpValve {

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (request.getHeader(PORT) == null) {
                String host = request.getHeader(HOST) != null ? request.getHeader(HOST) : request.getHeader("Host");
                portOf(host)
                        .ifPresent(port -> request.getCoyoteRequest()
                                .getMimeHeaders()
                                .addValue(PORT)
                                .setString(port));
            }
            super.invoke(request, response);
        }
    }

    /** The port in a Host header's value ({@code host:port}, {@code [v6]:port}), if it names one. */
    static Optional<String> portOf(String host) {
        if (host == null) {
            return Optional.empty();
        }
        String first = host.split(",")[0].strip();
        int colon = first.lastIndexOf(':');
        if (colon < 0 || colon < first.lastIndexOf(']')) {
            return Optional.empty();
        }
        String port = first.substring(colon + 1);
        return port.matches("[0-9]{1,5}") ? Optional.of(port) : Optional.empty();
    }
}
