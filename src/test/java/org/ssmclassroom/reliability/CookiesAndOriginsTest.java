package org.ssmclassroom.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssmclassroom.testing.Browser;
import org.ssmclassroom.testing.ClassroomPages;

/**
 * The instructor's cookies, the sign-in form and the links behind the console's downloads and the archive import,
 * tried as an attacker would: raw HTTP with the lead's cookies and another site's {@code Origin}, forwarded headers
 * from a tablet. The server runs in its own JVM behind a simulated TLS proxy (127.0.0.2, its
 * {@code ssm.trusted-proxies}; anyone else connects from 127.0.0.1) and behind the README's nginx with a self-signed
 * certificate, where real Chromium signs in and a tablet joins. The same without a proxy,
 * for the sign-in form and every kind of request: {@link AbuseTest}. With {@code -Dserver.jar=target/ssm-classroom.jar}
 * it runs against the production jar, whose bundle must run under the Content-Security-Policy too.
 */
class CookiesAndOriginsTest {

    private static final String PROXY = "127.0.0.2";
    private static final String ELSEWHERE = "127.0.0.1";
    private static final String PUBLIC_ORIGIN = "https://classroom.example.org";
    private static final String FOREIGN = "https://prank.example.net";
    private static final Map<String, String> BEHIND_TLS = Map.of(
            "X-Forwarded-Proto", "https",
            "X-Forwarded-Host", "classroom.example.org",
            "X-Forwarded-Port", "443",
            "X-Forwarded-For", "203.0.113.7");

    @TempDir
    static Path data;

    private static ServerProcess server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = ServerProcess.in(data, Map.of("ssm.trusted-proxies", PROXY)).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void behindTheTrustedTlsProxyEveryCookieIsSecureAndLaxAndHstsIsSent() throws Exception {
        Exchange page = get(PROXY, "/login", BEHIND_TLS, Map.of());
        assertThat(page.response.statusCode()).isEqualTo(200);
        assertThat(page.cookie("JSESSIONID")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(page.cookie("ssm-device")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(page.response.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(
                        hsts -> assertThat(hsts).contains("max-age=31536000").doesNotContain("includeSubDomains"));
        assertThat(page.response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'"));

        Exchange signedIn = signIn(PROXY, BEHIND_TLS, PUBLIC_ORIGIN, page, true);
        assertThat(signedIn.response.statusCode()).isEqualTo(302);
        assertThat(signedIn.cookie("remember-me")).contains("Secure", "HttpOnly", "SameSite=Lax");
        assertThat(signedIn.cookie("JSESSIONID")).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void forwardedHeadersFromAnyoneButTheProxyAreIgnored() throws Exception {
        Exchange page = get(ELSEWHERE, "/login", BEHIND_TLS, Map.of());
        assertThat(page.cookie("JSESSIONID")).doesNotContain("Secure").contains("SameSite=Lax");
        assertThat(page.cookie("ssm-device")).doesNotContain("Secure");
        assertThat(page.response.headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        // The page the browser really used is http://localhost:port; the forged public origin is another site.
        assertThat(signIn(ELSEWHERE, BEHIND_TLS, PUBLIC_ORIGIN, page, true)
                        .response
                        .statusCode())
                .isEqualTo(403);
        Exchange direct = signIn(ELSEWHERE, BEHIND_TLS, server.url(""), page, true);
        assertThat(direct.response.statusCode()).isEqualTo(302);
        assertThat(direct.cookie("remember-me")).doesNotContain("Secure").contains("SameSite=Lax");
    }

    @Test
    void aPlainProxyOnAnotherPortNeedsNoPortHeader() throws Exception {
        // As nginx on port 8080 forwards, with Host passed on: Tomcat alone would take port 80 and refuse every action.
        Map<String, String> plain = Map.of("X-Forwarded-Proto", "http", "X-Forwarded-For", "203.0.113.8");
        Exchange page = get(PROXY, "/login", plain, Map.of());
        Exchange signedIn = signIn(PROXY, plain, server.url(""), page, true);
        assertThat(signedIn.response.statusCode()).isEqualTo(302);
        assertThat(signedIn.cookie("remember-me")).doesNotContain("Secure");
    }

    @Test
    void withTheLeadsCookiesAnotherSiteCanNeitherDownloadNorImport() throws Exception {
        Page console =
                ClassroomPages.signIn(browser(), server.url(""), ServerProcess.INSTRUCTOR, ServerProcess.PASSWORD);
        ClassroomPages.createWorkshop(console, "Origin class", 2);
        String archive = console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Archive (JSON)"))
                .getAttribute("href");
        Map<String, String> cookies = console.context().cookies().stream()
                .collect(Collectors.toMap(c -> c.name, c -> c.value, (a, b) -> b, LinkedHashMap::new));
        String self = server.url("");

        assertThat(get(ELSEWHERE, "/" + archive, Map.of("Origin", FOREIGN), cookies)
                        .response
                        .statusCode())
                .as("an archive fetched by another site")
                .isEqualTo(403);
        assertThat(get(ELSEWHERE, "/" + archive, Map.of("Sec-Fetch-Site", "cross-site"), cookies)
                        .response
                        .statusCode())
                .as("an archive opened by a link on another site")
                .isEqualTo(403);
        assertThat(get(ELSEWHERE, "/" + archive, Map.of("Referer", FOREIGN + "/page"), cookies)
                        .response
                        .statusCode())
                .as("an archive linked from another site, by an older browser")
                .isEqualTo(403);
        Exchange same = get(ELSEWHERE, "/" + archive, Map.of("Origin", self, "Sec-Fetch-Site", "same-origin"), cookies);
        assertThat(same.response.statusCode()).isEqualTo(200);
        byte[] bytes = same.response.body().getBytes(StandardCharsets.UTF_8);
        assertThat(same.response.body()).contains("Origin class");
        assertThat(get(ELSEWHERE, "/" + archive, Map.of(), cookies).response.statusCode())
                .as("a client that says nothing of where it comes from (curl, a script)")
                .isEqualTo(200);

        console.navigate(server.url("/workshops"));
        String upload = console.locator("vaadin-upload").getAttribute("target");
        assertThat(upload(upload, FOREIGN, cookies, bytes).response.statusCode())
                .as("an archive imported by another site")
                .isEqualTo(403);
        assertThat(console.getByText("Archive (read only)")).hasCount(0);
        assertThat(upload(upload, self, cookies, bytes).response.statusCode()).isEqualTo(200);
        assertThat(console.getByText("Archive (read only)")).isVisible();
    }

    @Test
    void theAppRunsUnderItsContentSecurityPolicyWithoutAViolation() throws Exception {
        browser();
        List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
        Page console = watched(browser.newPage(1280, 900, "en-GB"), violations);
        com.microsoft.playwright.Response login = console.navigate(server.url("/"));
        assertThat(login.headerValue("content-security-policy")).contains("script-src");
        console.waitForLoadState();
        assertThat(violations).as("violations while the sign-in page loads").isEmpty();
        signIn(console);
        String code = ClassroomPages.createWorkshop(console, "Policy class", 2);
        Page tablet = ClassroomPages.join(
                watched(browser.newPage(1024, 768, "en-GB"), violations), server.url(""), code, "Mei", 1);
        assertThat(console.getByText("Mei").first()).isVisible(); // pushed to the console
        ClassroomPages.openExerciseTwo(console);
        tablet.navigate(server.url("/board"));
        tablet.getByLabel("Salesperson", EXACT).first().fill("Under the policy");
        tablet.getByLabel("Salesperson", EXACT).first().blur();
        console.navigate(server.url("/library"));
        assertThat(console.locator("vaadin-upload")).isVisible();
        assertThat(violations)
                .as("Content Security Policy violations and refusals in the console")
                .isEmpty();
    }

    @Test
    void behindTheReadmesNginxWithTlsTheConsoleWorksAndEveryCookieIsSecure() throws Exception {
        Assumptions.assumeTrue(
                Files.isExecutable(Nginx.BINARY) || "true".equalsIgnoreCase(System.getenv("CI")),
                "the TLS proxy is Debian's nginx: apt-get install nginx");
        try (Nginx nginx = Nginx.withTls(server, data.resolve("nginx"), PROXY)) {
            List<String> violations = new java.util.concurrent.CopyOnWriteArrayList<>();
            Page console = watched(browser().newPage(1280, 900, "en-GB", true), violations);
            com.microsoft.playwright.Response first = console.navigate(nginx.url("/"));
            assertThat(first.headerValue("strict-transport-security")).contains("max-age=");
            signIn(console);
            String code = ClassroomPages.createWorkshop(console, "Class behind nginx", 2);
            Page tablet = ClassroomPages.join(
                    watched(browser().newPage(1024, 768, "en-GB", true), violations), nginx.url(""), code, "Ana", 2);
            assertThat(console.getByText("Ana").first()).isVisible();
            for (Page page : List.of(console, tablet)) {
                assertThat(page.context().cookies())
                        .extracting(cookie -> cookie.name + (cookie.secure ? " Secure " : " ") + cookie.sameSite)
                        .isNotEmpty()
                        .allMatch(cookie -> cookie.endsWith(" Secure LAX"));
            }
            assertThat(console.context().cookies())
                    .extracting(cookie -> cookie.name)
                    .contains("JSESSIONID", "remember-me", "ssm-device");
            assertThat(violations).isEmpty();
        }
    }

    private static void signIn(Page page) {
        page.getByLabel("Username", EXACT).first().fill(ServerProcess.INSTRUCTOR);
        page.getByLabel("Password", EXACT).first().fill(ServerProcess.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Workshops").setLevel(1)))
                .isVisible();
    }

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.launch();
        }
        return browser;
    }

    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    /** A page whose every CSP violation (the browser's event, and its console message) lands in {@code found}. */
    private static Page watched(Page page, List<String> found) {
        page.context()
                .addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                        + "'CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))");
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("CSP violation") || text.contains("Content Security Policy")) {
                found.add(message.type() + ": " + text);
            }
        });
        return page;
    }

    private static Exchange upload(String target, String origin, Map<String, String> cookies, byte[] archive)
            throws IOException, InterruptedException {
        String boundary = "----ssm" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"archive.json\""
                + "\r\nContent-Type: application/json\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        byte[] body = new byte[head.length() + archive.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, body, 0, head.length());
        System.arraycopy(archive, 0, body, head.length(), archive.length);
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, body, head.length() + archive.length, tail.length());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/" + target)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Origin", origin)
                .header("Cookie", cookieHeader(cookies))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return new Exchange(client(ELSEWHERE).send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts the sign-in form of {@code page} (with its token, or without), as its browser would. */
    private static Exchange signIn(
            String from, Map<String, String> headers, String origin, Exchange page, boolean token)
            throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        if (token) {
            form.put(page.meta("_csrf_parameter"), page.meta("_csrf"));
        }
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (origin != null) {
            all.put("Origin", origin);
        }
        return post(from, "/login", all, page.jar(), credentials(form));
    }

    private static String credentials(Map<String, String> more) {
        Map<String, String> form = new LinkedHashMap<>(more);
        form.put("username", ServerProcess.INSTRUCTOR);
        form.put("password", ServerProcess.PASSWORD);
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Exchange get(String from, String path, Map<String, String> headers, Map<String, String> cookies)
            throws IOException, InterruptedException {
        return send(from, path, headers, cookies, HttpRequest.newBuilder().GET());
    }

    private static Exchange post(
            String from, String path, Map<String, String> headers, Map<String, String> cookies, String form)
            throws IOException, InterruptedException {
        return send(
                from,
                path,
                headers,
                cookies,
                HttpRequest.newBuilder()
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static Exchange send(
            String from,
            String path,
            Map<String, String> headers,
            Map<String, String> cookies,
            HttpRequest.Builder request)
            throws IOException, InterruptedException {
        request.uri(URI.create(server.url(path)));
        headers.forEach(request::header);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader(cookies));
        }
        return new Exchange(client(from).send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpClient client(String from) throws IOException {
        return HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(from))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A response with the cookies it set, by name, as their whole Set-Cookie headers. */
    private record Exchange(HttpResponse<String> response) {

        Map<String, String> cookies() {
            Map<String, String> cookies = new LinkedHashMap<>();
            for (String header : response.headers().allValues("Set-Cookie")) {
                cookies.put(header.substring(0, header.indexOf('=')), header);
            }
            return cookies;
        }

        /** The Set-Cookie header of this cookie, split into its attributes. */
        List<String> cookie(String name) {
            String header = cookies().get(name);
            assertThat(header).as("Set-Cookie " + name).isNotNull();
            List<String> attributes = new ArrayList<>();
            for (String part : header.split(";")) {
                attributes.add(part.strip());
            }
            return attributes;
        }

        /** The cookies as a browser keeps them: name and value. */
        Map<String, String> jar() {
            Map<String, String> jar = new LinkedHashMap<>();
            cookies()
                    .forEach((name, header) -> jar.put(name, header.substring(name.length() + 1, header.indexOf(';'))));
            return jar;
        }

        String meta(String name) {
            Matcher meta = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"")
                    .matcher(response.body());
            assertThat(meta.find()).as("<meta name=" + name + "> on the page").isTrue();
            return meta.group(1);
        }
    }
}
