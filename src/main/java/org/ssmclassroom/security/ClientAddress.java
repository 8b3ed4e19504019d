package org.ssmclassroom.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address a request comes from, for limiting join-code guessing. Behind a reverse proxy every request comes
 * from the proxy, so {@code X-Forwarded-For} is read — but only when the request comes from one of the proxies
 * configured in {@code ssm.trusted-proxies}; anyone else could write that header to dodge the limit. Tomcat's valve
 * ({@link ForwardedHeaders}) has usually done this already; reading it here as well keeps the rule in one place.
 */
@Component
public class ClientAddress {

    public static final String ATTRIBUTE = ClientAddress.class.getName();
    public static final String ROOM_ATTRIBUTE = ClientAddress.class.getName() + ".room";

    private final List<IpAddressMatcher> trusted;

    ClientAddress(@Value("${ssm.trusted-proxies:}") String trustedProxies) {
        this.trusted = Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
    }

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!isTrusted(address)) {
            return address;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!isTrusted(hop)) {
                return bounded(hop);
            }
        }
        return bounded(hops[0].strip());
    }

    /**
     * The room a request comes from, to recognise a class's own network: its address, and when an untrusted
     * sender brings {@code X-Forwarded-For} (a proxy nobody listed in {@code ssm.trusted-proxies}) also the last
     * hop that proxy added. Behind such a proxy every class shares the proxy's address, yet their rooms differ; a
     * tablet that writes the header itself only makes a room of its own.
     */
    public String room(HttpServletRequest request) {
        String address = of(request);
        String forwarded = request.getHeader("X-Forwarded-For");
        if (isTrusted(request.getRemoteAddr()) || forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String[] hops = forwarded.split(",");
        return address + " via " + bounded(hops[hops.length - 1].strip());
    }

    /** A header is the sender's to write: what it adds to a key stays short. */
    private static String bounded(String hop) {
        return hop.length() <= 64 ? hop : hop.substring(0, 64);
    }

    private boolean isTrusted(String address) {
        try {
            return trusted.stream().anyMatch(proxy -> proxy.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
