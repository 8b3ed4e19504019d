package org.ssmclassroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser a device token cookie on its first request (HttpOnly, a year long), and makes the
 * token available to that same request, so the page that sets it can already use it.
 */
@Component
public class DeviceCookieFilter extends OncePerRequestFilter {

    public static final String COOKIE = "ssm-device";
    public static final String ATTRIBUTE = DeviceCookieFilter.class.getName();

    private final ClientAddress clientAddress;

    DeviceCookieFilter(ClientAddress clientAddress) {
        this.clientAddress = clientAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DeviceToken token = fromCookies(request.getCookies()).orElseGet(() -> {
            DeviceToken fresh = DeviceToken.random();
            response.addHeader(
                    "Set-Cookie",
                    ResponseCookie.from(COOKIE, fresh.value())
                            .path("/")
                            .httpOnly(true)
                            .sameSite("Lax")
                            .secure(request.isSecure())
                            .maxAge(Duration.ofDays(365))
                            .build()
                            .toString());
            return fresh;
        });
        request.setAttribute(ATTRIBUTE, token);
        request.setAttribute(ClientAddress.ATTRIBUTE, clientAddress.of(request));
        request.setAttribute(ClientAddress.ROOM_ATTRIBUTE, clientAddress.room(request));
        chain.doFilter(request, response);
    }

    public static Optional<DeviceToken> fromCookies(Cookie[] cookies) {
        return Optional.ofNullable(cookies).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> value.matches("[A-Za-z0-9_-]{22,64}"))
                .map(DeviceToken::new)
                .findFirst();
    }
}
