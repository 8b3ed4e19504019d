package org.ssmclassroom.roleplay;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a trainee put a question: the method's open, control (closed, yes or no) and confirm questions, or
 * no question about the customer's business at all: a product pitch, or off-topic talk.
 */
public enum QuestionKind {
    OPEN,
    CONTROL,
    CONFIRM,
    PITCH,
    OFFTOPIC;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the question is about the customer's business, so a fact may answer it. */
    public boolean asksAboutTheBusiness() {
        return this == OPEN || this == CONTROL || this == CONFIRM;
    }
}
