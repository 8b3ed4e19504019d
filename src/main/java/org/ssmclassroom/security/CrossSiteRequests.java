package org.ssmclassroom.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests another site makes with our cookies: every request that changes something (any method but GET,
 * HEAD, OPTIONS: Vaadin's UIDL and heartbeat, uploads, sign-in and sign-out) and every request that carries data
 * (downloads and other stream resources under {@code /VAADIN/dynamic/}, push). The browser says where a request
 * comes from: {@code Sec-Fetch-Site}, else {@code Origin}, else {@code Referer}. With none of them (a client that
 * is not a browser, an old browser's own download) the request passes; pages themselves may be linked from anywhere.
 * The origin is compared with the scheme, host and port of the request, which are the forwarded ones only when the
 * request came through a trusted proxy ({@link ForwardedHeaders}).
 */
@Component
class CrossSiteRequests extends OncePerRequestFilter implements Ordered {

    /** Before Spring Security's filters (-100), which sign in on {@code POST /login}. */
    static final int ORDER = -110;

    private static final Logger LOG = LoggerFactory.getLogger(CrossSiteRequests.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;

    private final AtomicLong lastWarned = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (guarded(request) && crossSite(request)) {
            warnNowAndThen(request);
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Refused: this request came from another site.\n");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean guarded(HttpServletRequest request) {
        if (!SAFE_METHODS.contains(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/dynamic/") || path.startsWith("/VAADIN/push");
    }

    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !sameOrigin(origin, request);
        }
        String referer = request.getHeader("Referer");
        return site == null && referer != null && !sameOrigin(referer, request);
    }

    /** Whether {@code url} (an origin, or a whole address) has the scheme, host and port of this request. */
    static boolean sameOrigin(String url, HttpServletRequest request) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException notAUrl) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false; // "null", from a sandboxed frame or a privacy-sensitive redirect
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(scheme);
        return scheme.equals(request.getScheme().toLowerCase(Locale.ROOT))
                && bare(uri.getHost()).equalsIgnoreCase(bare(request.getServerName()))
                && port == request.getServerPort();
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    // A proxy that forwards no scheme, host or port refuses every action; say so, but not for every request.
    private void warnNowAndThen(HttpServletRequest request) {
        long now = System.nanoTime();
        long last = lastWarned.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarned.compareAndSet(last, now)) {
            LOG.warn(
                    "Refused a cross-site {} {} (Origin {}, Sec-Fetch-Site {}, Referer {}); this server is {}://{}:{}."
                            + " If this is your own page, the proxy must be in ssm.trusted-proxies and pass on Host"
                            + " (or X-Forwarded-Host) and X-Forwarded-Proto (at most one warning a minute)",
                    request.getMethod(),
                    printable(request.getRequestURI()),
                    printable(request.getHeader("Origin")),
                    printable(request.getHeader("Sec-Fetch-Site")),
                    printable(request.getHeader("Referer")),
                    request.getScheme(),
                    request.getServerName(),
                    request.getServerPort());
        }
    }

    /** Whatever a stranger sent, made harmless for one log line. */
    private static String printable(String text) {
        if (text == null) {
            return null;
        }
        String shown = text.length() > 200 ? text.substring(0, 200) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
