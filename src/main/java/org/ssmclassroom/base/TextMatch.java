package org.ssmclassroom.base;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How much two texts share, by two-letter pieces: works for Chinese, which has no spaces between words, as for
 * English. Good enough to suggest, never to decide: a person confirms.
 */
public final class TextMatch {

    private TextMatch() {}

    /** Nearly the same words: one contains the other, or most two-letter pieces are shared. */
    public static boolean sameWords(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        Set<String> piecesX = pieces(x);
        Set<String> piecesY = pieces(y);
        Set<String> shared = new HashSet<>(piecesX);
        shared.retainAll(piecesY);
        return 2.0 * shared.size() / (piecesX.size() + piecesY.size()) >= 0.6;
    }

    /**
     * The share (0 to 1) of the point's words that the text has: two-character pieces of Chinese, whole words of
     * English (two-letter pieces of English words are found in almost any English sentence), little words left out.
     */
    public static double covered(String point, String text) {
        Set<String> wanted = words(point);
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> found = words(text);
        return wanted.stream().filter(found::contains).count() / (double) wanted.size();
    }

    private static final Set<String> LITTLE_WORDS = Set.of(
            "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "is", "are", "be", "it",
            "its", "as", "from", "this", "that", "there", "each", "their", "our", "we", "they", "has", "have", "not");

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        StringBuilder run = new StringBuilder();
        boolean chinese = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean ideograph = Character.isIdeographic(c);
            boolean letter = !ideograph && Character.isLetterOrDigit(c);
            if (run.length() > 0 && (chinese ? !ideograph : !letter)) {
                addRun(words, run.toString(), chinese);
                run.setLength(0);
            }
            if (ideograph || letter) {
                chinese = ideograph;
                run.append(Character.toLowerCase(c));
            }
        }
        return words;
    }

    private static void addRun(Set<String> words, String run, boolean chinese) {
        if (chinese) {
            words.addAll(run.length() == 1 ? Set.of(run) : pieces(run));
        } else if (!LITTLE_WORDS.contains(run)) {
            words.add(run.length() > 3 && run.endsWith("s") ? run.substring(0, run.length() - 1) : run);
        }
    }

    private static String plain(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]", "");
    }

    private static Set<String> pieces(String text) {
        Set<String> pieces = new HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) {
            pieces.add(text.substring(i, i + 2));
        }
        return pieces;
    }
}
