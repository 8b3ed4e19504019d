package org.ssmclassroom.roleplay;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssmclassroom.base.LocalizedText;

/**
 * An OpenAI-compatible chat endpoint (Ollama, vLLM, a company gateway) that words the persona's answer from the
 * retrieved fact only. Slow (past the timeout), failing or empty: the pack's own line is said instead.
 */
final class ChatEndpointPhrasing implements AnswerPhrasing {

    private static final Logger LOG = LoggerFactory.getLogger(ChatEndpointPhrasing.class);

    private final ChatModel model;
    private final Duration timeout;
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    ChatEndpointPhrasing(String baseUrl, String apiKey, String modelName, Duration timeout) {
        this.timeout = timeout;
        this.model = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey == null || apiKey.isBlank() ? "none" : apiKey)
                .modelName(modelName)
                .temperature(0.3)
                .timeout(timeout)
                .maxRetries(0)
                .build();
    }

    @Override
    public Optional<String> phrase(Prompt prompt) {
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(
                () -> model.chat(system(prompt), UserMessage.from(prompt.question()))
                        .aiMessage()
                        .text(),
                calls);
        try {
            String text = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            answer.cancel(true);
            LOG.warn("The chat endpoint did not phrase the answer ({}); the pack's line is used", e.toString());
            return Optional.empty();
        }
    }

    private static SystemMessage system(Prompt prompt) {
        boolean chinese = LocalizedText.isChinese(prompt.language());
        return SystemMessage.from(String.join(
                "\n",
                "You play " + prompt.persona() + " in a sales-training role play. " + prompt.rules(),
                "Answer the trainee's question using only this fact, adding nothing that it does not say:",
                prompt.fact(),
                "Answer in " + (chinese ? "Simplified Chinese" : "English")
                        + ", in the first person, in at most three sentences."));
    }
}
