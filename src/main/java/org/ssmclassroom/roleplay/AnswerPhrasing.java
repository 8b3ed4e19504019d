package org.ssmclassroom.roleplay;

import java.util.Locale;

/**
 * Phrases the persona's answer from the fact retrieved for the question, never from anything else. The built-in
 * phrasing is the pack's own line; an optional chat endpoint may word it more naturally.
 */
interface AnswerPhrasing {

    /** What the phrasing gets: who speaks, in which language, the brief's rules, the question and the fact. */
    record Prompt(String persona, Locale language, String rules, String question, String fact) {}

    /** The answer to say, or empty to say the fact as the pack words it. */
    java.util.Optional<String> phrase(Prompt prompt);
}
