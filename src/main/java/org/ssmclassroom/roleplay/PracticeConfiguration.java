package org.ssmclassroom.roleplay;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The practice partner's phrasing: the pack's own lines, unless {@code ssm.practice.chat.base-url} names an
 * OpenAI-compatible endpoint. The app starts and works without one; nothing is contacted at start.
 */
@Configuration
class PracticeConfiguration {

    @Bean
    AnswerPhrasing answerPhrasing(
            @Value("${ssm.practice.chat.base-url:}") String baseUrl,
            @Value("${ssm.practice.chat.api-key:}") String apiKey,
            @Value("${ssm.practice.chat.model:llama3.1}") String model,
            @Value("${ssm.practice.chat.timeout:4s}") Duration timeout) {
        if (baseUrl.isBlank()) {
            return prompt -> Optional.empty();
        }
        return new ChatEndpointPhrasing(baseUrl, apiKey, model, timeout);
    }
}
