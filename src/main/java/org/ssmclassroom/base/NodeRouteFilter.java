package org.ssmclassroom.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With several nodes, names this node in a cookie ({@code ssm_node}) so the load balancer keeps a browser on the
 * node that holds its screen (open-source nginx routes by it: docs/deploy/nginx-ssm.conf). When that node dies the
 * balancer sends the browser to another, which names itself instead. Does nothing when no node name is set.
 */
@Component
class NodeRouteFilter extends OncePerRequestFilter {

    static final String COOKIE = "ssm_node";

    private final String node;

    NodeRouteFilter(@Value("${ssm.cluster.node:}") String node) {
        this.node = node;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!node.isEmpty() && !routedHere(request.getCookies())) {
            response.addHeader(
                    "Set-Cookie",
                    ResponseCookie.from(COOKIE, node)
                            .path("/")
                            .httpOnly(true)
                            .sameSite("Lax")
                            .secure(request.isSecure())
                            .build()
                            .toString());
        }
        chain.doFilter(request, response);
    }

    private boolean routedHere(Cookie[] cookies) {
        Optional<String> routed = Optional.ofNullable(cookies).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .findFirst();
        return routed.filter(node::equals).isPresent();
    }
}
