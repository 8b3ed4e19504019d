package org.ssmclassroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class CrossSiteRequestsTest {

    private final CrossSiteRequests filter = new CrossSiteRequests();

    @Test
    void aLinkFromAnotherSiteStillOpensAPage() throws Exception {
        assertThat(status(request("GET", "/workshops", "Sec-Fetch-Site", "cross-site")))
                .isEqualTo(200);
        assertThat(status(request("GET", "/join/ABCD2345", "Referer", "https://mail.example.com/")))
                .isEqualTo(200);
    }

    @Test
    void aDownloadTypedIntoTheAddressBarOrAskedForByCurlIsServed() throws Exception {
        String download = "/VAADIN/dynamic/resource/1/5d0e/archive.json";
        assertThat(status(request("GET", download, "Sec-Fetch-Site", "none"))).isEqualTo(200);
        assertThat(status(request("GET", download))).isEqualTo(200);
        assertThat(status(request("GET", download, "Sec-Fetch-Site", "same-site")))
                .as("a sibling site on the same domain is another site")
                .isEqualTo(403);
    }

    @Test
    void theOriginIsComparedWithSchemeHostAndPortOfTheRequest() throws Exception {
        MockHttpServletRequest ipv6 = request("POST", "/", "Origin", "http://[::1]:8080");
        ipv6.setServerName("[::1]");
        assertThat(status(ipv6)).isEqualTo(200);

        MockHttpServletRequest behindTls = request("POST", "/login", "Origin", "https://Classroom.Example.org");
        behindTls.setScheme("https");
        behindTls.setServerName("classroom.example.org");
        behindTls.setServerPort(443);
        assertThat(status(behindTls)).isEqualTo(200);
        behindTls.setServerPort(8443);
        assertThat(status(behindTls)).as("another port is another origin").isEqualTo(403);

        assertThat(status(request("POST", "/", "Origin", "https://localhost:8080")))
                .as("https is not http")
                .isEqualTo(403);
        assertThat(status(request("POST", "/", "Origin", "null"))).isEqualTo(403);
        assertThat(status(request("POST", "/", "Origin", "http://localhost:8080", "Sec-Fetch-Site", "cross-site")))
                .as("the browser's own word wins")
                .isEqualTo(403);
        assertThat(status(request("POST", "/", "Referer", "http://localhost:8080/login")))
                .isEqualTo(200);
        assertThat(status(request("POST", "/", "Referer", "http://localhost.example.net:8080/")))
                .isEqualTo(403);
    }

    private int status(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    private static MockHttpServletRequest request(String method, String path, String... headers) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServerName("localhost");
        request.setServerPort(8080);
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return request;
    }
}
