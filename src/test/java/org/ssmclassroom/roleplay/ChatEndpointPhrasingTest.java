package org.ssmclassroom.roleplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The optional chat endpoint, against a fake OpenAI-compatible server on loopback. */
class ChatEndpointPhrasingTest {

    private static final AnswerPhrasing.Prompt PROMPT = new AnswerPhrasing.Prompt(
            "Yoshi Goto, COO",
            Locale.ENGLISH,
            "Rules: answer only what you are asked.",
            "Who is driving the CRM work?",
            "Sarah Updown, our VP Sales and Marketing, will own it.");

    private HttpServer server;
    private final AtomicReference<String> received = new AtomicReference<>();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theEndpointPhrasesTheAnswerFromTheRetrievedFactOnly() throws IOException {
        serve(200, completion("Sarah Updown, our VP Sales and Marketing, leads it."), Duration.ZERO);

        Optional<String> phrased = phrasing(Duration.ofSeconds(3)).phrase(PROMPT);

        assertThat(phrased).contains("Sarah Updown, our VP Sales and Marketing, leads it.");
        assertThat(received.get())
                .contains("Sarah Updown, our VP Sales and Marketing, will own it.")
                .contains("Who is driving the CRM work?")
                .contains("only this fact");
    }

    @Test
    void aSlowEndpointIsNotWaitedForBeyondTheTimeout() throws IOException {
        serve(200, completion("Too late."), Duration.ofSeconds(3));

        long started = System.nanoTime();
        Optional<String> phrased = phrasing(Duration.ofMillis(300)).phrase(PROMPT);

        assertThat(phrased).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aFailingOrEmptyEndpointLeavesThePacksLine() throws IOException {
        serve(500, "{\"error\":{\"message\":\"model not loaded\"}}", Duration.ZERO);
        assertThat(phrasing(Duration.ofSeconds(3)).phrase(PROMPT)).isEmpty();
        server.stop(0);

        serve(200, completion("  "), Duration.ZERO);
        assertThat(phrasing(Duration.ofSeconds(3)).phrase(PROMPT)).isEmpty();
    }

    private ChatEndpointPhrasing phrasing(Duration timeout) {
        return new ChatEndpointPhrasing(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "", "test-model", timeout);
    }

    private void serve(int status, String body, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/chat/completions", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private static String completion(String text) {
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"test-model",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"%s"},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}""".formatted(text);
    }
}
