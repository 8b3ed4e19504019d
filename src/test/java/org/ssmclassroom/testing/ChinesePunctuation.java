package org.ssmclassroom.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds half-width {@code , : ; ? ! ( )} written directly next to Chinese text, where Chinese typesetting wants the
 * full-width mark. Placeholders such as {@code {0}} are looked through (in "扮演{0},{1}。" the comma still sits in
 * Chinese text); ASCII-only stretches such as "(Switch language to English)" are left alone.
 */
public final class ChinesePunctuation {

    private static final String HALF_WIDTH = ",:;?!()";

    private ChinesePunctuation() {}

    /** Each half-width mark next to Chinese, shown with a few characters around it; empty when the text is right. */
    public static List<String> halfWidthNextToChinese(String text) {
        String bare = text.replaceAll("\\{\\d+}", "");
        boolean[] flagged = new boolean[bare.length()];
        boolean more = true;
        while (more) { // a mark next to a flagged mark is in Chinese text too: "已发现({0})"
            more = false;
            for (int i = 0; i < bare.length(); i++) {
                if (!flagged[i]
                        && HALF_WIDTH.indexOf(bare.charAt(i)) >= 0
                        && (chineseAt(bare, flagged, i - 1) || chineseAt(bare, flagged, i + 1))) {
                    flagged[i] = true;
                    more = true;
                }
            }
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < bare.length(); i++) {
            if (flagged[i]) {
                found.add("…" + bare.substring(Math.max(0, i - 6), Math.min(bare.length(), i + 7)) + "…");
            }
        }
        return found;
    }

    private static boolean chineseAt(String text, boolean[] flagged, int i) {
        return i >= 0 && i < text.length() && (flagged[i] || chinese(text.charAt(i)));
    }

    private static boolean chinese(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
