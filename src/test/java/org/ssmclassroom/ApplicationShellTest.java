package org.ssmclassroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssmclassroom.testing.AppTest;

@AppTest
class ApplicationShellTest {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageNamesTheAppsIconAndAnyoneCanLoadIt() throws Exception {
        assertThat(get("/join").body()).contains("rel=\"icon\"").contains(Application.FAVICON);

        HttpResponse<String> icon = get("/" + Application.FAVICON);
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.body()).startsWith("<svg");
    }
}
