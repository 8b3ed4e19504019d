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

    /** The share (0 to 1) of the point's two-letter pieces that the text has. */
    public static double covered(String point, String text) {
        Set<String> wanted = pieces(plain(point));
        if (wanted.isEmpty()) {
            return 0;
        }
        Set<String> found = pieces(plain(text));
        return wanted.stream().filter(found::contains).count() / (double) wanted.size();
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
